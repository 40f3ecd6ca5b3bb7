import type { Db } from '@tks/db/client';
import { type RawConnection, rawConnection } from '@tks/db/raw';
import type { ImportAction, ImportRow } from '@tks/shared/schemas/imports';
import type { CheckedValue } from './values';

/*
 * Values wait in a temporary table (the connection's temp database, on disk) until the whole file
 * has been read; only then is anything compared with or written to the real tables, in one
 * synchronous transaction. So memory stays flat, a preview never writes to the database file, and
 * the preview and the commit classify rows with the same SQL.
 */

const BATCH_SIZE = 5000;
let stageCounter = 0;

export interface StageCounts {
  values: number;
  insert: number;
  update: number;
  unchanged: number;
}

export interface DuplicatePair {
  line: number;
  column: string | null;
  otherLine: number;
  otherColumn: string | null;
  indicatorId: number;
  period: string;
  value: number;
  otherValue: number;
  conflicting: boolean;
}

type Row = [number, string | null, number, string, number, number, number, number | null, number | null];

export class Stage {
  readonly table: string;
  private pending: Row[] = [];
  private readonly sqlite: RawConnection;
  private readonly insertRow;
  private closed = false;
  size = 0;

  constructor(db: Db) {
    this.sqlite = rawConnection(db);
    stageCounter += 1;
    this.table = `temp.import_stage_${process.pid}_${stageCounter}`;
    // On disk: a million staged rows must not live in the heap of the process.
    this.sqlite.pragma('temp_store = FILE');
    this.sqlite.exec(`create table ${this.table} (
      seq integer primary key,
      line integer not null,
      col text,
      indicator_id integer not null,
      period text not null,
      first_index integer not null,
      last_index integer not null,
      value real not null,
      numerator real,
      denominator real
    )`);
    this.insertRow = this.sqlite.prepare(
      `insert into ${this.table} (line, col, indicator_id, period, first_index, last_index, value, numerator, denominator)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
  }

  add(value: CheckedValue) {
    this.pending.push([
      value.line,
      value.column,
      value.indicatorId,
      value.period,
      value.first,
      value.last,
      value.value,
      value.numerator,
      value.denominator,
    ]);
    if (this.pending.length >= BATCH_SIZE) this.flush();
  }

  /** Writes pending rows in one short transaction of the temp database; nothing else waits long on it. */
  flush() {
    if (this.pending.length === 0) return;
    const rows = this.pending;
    this.pending = [];
    const insert = this.insertRow;
    this.sqlite.transaction(() => {
      for (const row of rows) insert.run(row);
    })();
    this.size += rows.length;
  }

  /** Pairs of rows for the same indicator and period; the first row of each key is the one kept. */
  duplicates(limit: number): { pairs: DuplicatePair[]; conflicts: number; repeats: number } {
    this.flush();
    this.sqlite.exec(
      `create index ${this.table}_key on ${this.table.replace('temp.', '')} (indicator_id, period, seq)`,
    );
    const keep = `select indicator_id, period, min(seq) as first_seq from ${this.table}
                  group by indicator_id, period having count(*) > 1`;
    const base = `from ${this.table} s
      join (${keep}) d on d.indicator_id = s.indicator_id and d.period = s.period and s.seq <> d.first_seq
      join ${this.table} f on f.seq = d.first_seq`;
    const differs = `(s.value <> f.value or s.numerator is not f.numerator or s.denominator is not f.denominator)`;
    const totals = this.sqlite
      .prepare(`select coalesce(sum(${differs}), 0) as conflicts, count(*) as total ${base}`)
      .get() as { conflicts: number; total: number };
    if (totals.total === 0) return { pairs: [], conflicts: 0, repeats: 0 };
    const pairs = this.sqlite
      .prepare(
        `select s.line as line, s.col as col, f.line as otherLine, f.col as otherCol, s.indicator_id as indicatorId,
                s.period as period, s.value as value, f.value as otherValue, ${differs} as conflicting
         ${base} order by ${differs} desc, s.seq limit ?`,
      )
      .all(limit) as Array<
      Omit<DuplicatePair, 'column' | 'otherColumn' | 'conflicting'> & {
        col: string | null;
        otherCol: string | null;
        conflicting: number;
      }
    >;
    // Later copies go; the first of each key stays.
    this.sqlite.exec(
      `delete from ${this.table} where seq not in (select min(seq) from ${this.table} group by indicator_id, period)`,
    );
    return {
      pairs: pairs.map(({ col, otherCol, conflicting, ...pair }) => ({
        ...pair,
        column: col,
        otherColumn: otherCol,
        conflicting: conflicting === 1,
      })),
      conflicts: totals.conflicts,
      repeats: totals.total - totals.conflicts,
    };
  }

  private readonly current = `left join indicator_values v
      on v.indicator_id = s.indicator_id and v.period = s.period and v.superseded_at is null`;
  private readonly same = `(v.value = s.value and v.numerator is s.numerator and v.denominator is s.denominator)`;

  counts(): StageCounts {
    this.flush();
    const row = this.sqlite
      .prepare(
        `select count(*) as n,
                coalesce(sum(v.id is null), 0) as ins,
                coalesce(sum(v.id is not null and not ${this.same}), 0) as upd,
                coalesce(sum(v.id is not null and ${this.same}), 0) as unch
         from ${this.table} s ${this.current}`,
      )
      .get() as { n: number; ins: number; upd: number; unch: number };
    return { values: row.n, insert: row.ins, update: row.upd, unchanged: row.unch };
  }

  /** The first rows in file order with what each would do; codes come from `codeOf`. */
  sample(limit: number, codeOf: (indicatorId: number) => string): ImportRow[] {
    const rows = this.sqlite
      .prepare(
        `select s.line, s.col, s.indicator_id as indicatorId, s.period, s.value, s.numerator, s.denominator,
                v.id as currentId, v.value as pValue, v.numerator as pNumerator, v.denominator as pDenominator,
                ${this.same} as same
         from ${this.table} s ${this.current} order by s.seq limit ?`,
      )
      .all(limit) as Array<{
      line: number;
      col: string | null;
      indicatorId: number;
      period: string;
      value: number;
      numerator: number | null;
      denominator: number | null;
      currentId: number | null;
      pValue: number | null;
      pNumerator: number | null;
      pDenominator: number | null;
      same: number | null;
    }>;
    return rows.map((row) => {
      const action: ImportAction = row.currentId === null ? 'insert' : row.same === 1 ? 'unchanged' : 'update';
      return {
        line: row.line,
        column: row.col,
        indicatorCode: codeOf(row.indicatorId),
        period: row.period,
        value: row.value,
        numerator: row.numerator,
        denominator: row.denominator,
        action,
        previous:
          row.currentId === null
            ? null
            : { value: row.pValue ?? 0, numerator: row.pNumerator, denominator: row.pDenominator },
      };
    });
  }

  /**
   * Supersedes the current values that differ, inserts every new or changed value under the
   * batch, and links each superseded value to its successor. Call inside the commit transaction.
   */
  commit(batch: { id: number; coalitionId: number; userId: number | null; now: string }) {
    const old = `${this.table}_old`;
    this.sqlite.exec(`create table ${old} (id integer primary key)`);
    try {
      this.sqlite
        .prepare(
          `insert into ${old} (id) select v.id from ${this.table} s
           join indicator_values v on v.indicator_id = s.indicator_id and v.period = s.period and v.superseded_at is null
           where not ${this.same}`,
        )
        .run();
      this.sqlite
        .prepare(`update indicator_values set superseded_at = ? where id in (select id from ${old})`)
        .run(batch.now);
      const inserted = this.sqlite
        .prepare(
          `insert into indicator_values (coalition_id, indicator_id, period, period_first_index, period_last_index,
             value, numerator, denominator, import_batch_id, created_by, created_at)
           select ?, s.indicator_id, s.period, s.first_index, s.last_index, s.value, s.numerator, s.denominator, ?, ?, ?
           from ${this.table} s
           where not exists (select 1 from indicator_values v
             where v.indicator_id = s.indicator_id and v.period = s.period and v.superseded_at is null)
           order by s.seq`,
        )
        .run(batch.coalitionId, batch.id, batch.userId, batch.now).changes;
      this.sqlite
        .prepare(
          `update indicator_values set superseded_by_id = (
             select n.id from indicator_values n
             where n.indicator_id = indicator_values.indicator_id and n.period = indicator_values.period
               and n.superseded_at is null and n.import_batch_id = ?)
           where id in (select id from ${old})`,
        )
        .run(batch.id);
      return inserted;
    } finally {
      this.sqlite.exec(`drop table if exists ${old}`);
    }
  }

  close() {
    if (this.closed) return;
    this.closed = true;
    this.pending = [];
    this.sqlite.exec(`drop table if exists ${this.table}`);
  }
}
