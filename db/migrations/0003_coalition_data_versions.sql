CREATE TABLE `coalition_data_versions` (
	`coalition_id` integer PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`coalition_id`) REFERENCES `coalitions`(`id`) ON UPDATE no action ON DELETE no action
);
