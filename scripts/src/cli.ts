/*
 * Shared by the operator scripts (backup, restore), which promise the same exit codes:
 * 0 done, 1 failed, 2 wrong usage.
 */

/** Runs node:util's parseArgs; an unknown or malformed option prints the usage and exits with 2. */
export function parseCommandLineOrExit<T extends { values: { help?: boolean | undefined } }>(
  usage: string,
  parse: () => T,
): T {
  let parsed: T;
  try {
    parsed = parse();
  } catch (error) {
    console.error(errorMessage(error));
    console.error(usage);
    process.exit(2);
  }
  if (parsed.values.help) {
    console.log(usage);
    process.exit(0);
  }
  return parsed;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function describeSize(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return `${megabytes >= 0.1 ? `${megabytes.toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`} (${bytes} bytes)`;
}
