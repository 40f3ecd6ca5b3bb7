import { createHash } from 'node:crypto';
import { quarterIndex } from '@tks/shared/periods';
import { REGISTER_MEASURE_CODES } from '@tks/shared/register-measures';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CURRENT_QUARTER, generateDemoCoalition } from './generate';
import type { DemoCoalitionData, DemoIndicator, DemoRound } from './types';

const data = generateDemoCoalition();
const currentIndex = quarterIndex(DEFAULT_CURRENT_QUARTER);

function likertValues(round: DemoRound, include: (itemCode: string, organisation: string) => boolean = () => true) {
  return round.responses.flatMap((response) =>
    response.answers
      .filter((a) => a.value !== null && include(a.itemCode, response.organisationKey))
      .map((a) => a.value ?? Number.NaN),
  );
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function roundAt(index: number): DemoRound {
  const round = data.rounds.at(index);
  if (!round) throw new Error(`No round ${index}`);
  return round;
}

function indicator(code: string): DemoIndicator {
  const found = data.indicators.find((i) => i.definition.code === code);
  if (!found) throw new Error(`No indicator ${code}`);
  return found;
}

/** Places where a series skips a period: the next value starts after the quarter the last one ended. */
function gaps(values: DemoIndicator['values']): number {
  const sorted = [...values].sort((a, b) => a.periodFirstIndex - b.periodFirstIndex);
  return sorted.slice(1).filter((value, i) => value.periodFirstIndex > (sorted[i]?.periodLastIndex ?? 0) + 1).length;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('generateDemoCoalition: determinism', () => {
  it('gives a deep-equal result every time', () => {
    expect(generateDemoCoalition()).toEqual(generateDemoCoalition());
  });

  it('reads neither Math.random nor the clock', () => {
    vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random was called');
    });
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-01-01T00:00:00Z'));
    const later = generateDemoCoalition();
    vi.setSystemTime(new Date('2020-06-15T12:00:00Z'));
    expect(generateDemoCoalition()).toEqual(later);
    expect(later).toEqual(data);
  });

  it('changes with the seed, and follows the current quarter it is given', () => {
    expect(generateDemoCoalition({ seed: 7 }).rounds).not.toEqual(data.rounds);
    const earlier = generateDemoCoalition({ currentQuarter: '2025-Q4' });
    const lastIndex = quarterIndex({ year: 2025, quarter: 4 });
    expect(earlier.timeline.quarters.at(-1)).toEqual({ year: 2025, quarter: 4 });
    for (const i of earlier.indicators) {
      for (const value of i.values) expect(value.periodLastIndex).toBeLessThanOrEqual(lastIndex);
    }
  });
});

describe('generateDemoCoalition: coalition, organisations and people', () => {
  it('is the fictional coalition Voorbeeldstad', () => {
    expect(data.coalition).toMatchObject({
      slug: 'voorbeeldstad',
      name: 'Coalitie Kansrijke Start Voorbeeldstad',
      municipality: 'Voorbeeldstad',
    });
  });

  it('has 10–12 partner organisations across the medical, social and municipal domains', () => {
    expect(data.organisations.length).toBeGreaterThanOrEqual(10);
    expect(data.organisations.length).toBeLessThanOrEqual(12);
    expect(new Set(data.organisations.map((o) => o.domain))).toEqual(new Set(['medical', 'social', 'municipal']));
    expect(new Set(data.organisations.map((o) => o.name)).size).toBe(data.organisations.length);
  });

  it('has one demo account per role plus a platform administrator, with memorable long passwords', () => {
    expect(data.users.map((u) => u.role).sort()).toEqual(['coordinator', 'director', 'partner', 'platform_admin']);
    const partner = data.users.find((u) => u.role === 'partner');
    expect(data.organisations.map((o) => o.key)).toContain(partner?.organisationKey);
    for (const user of data.users) {
      expect(user.password.length).toBeGreaterThanOrEqual(12);
      expect(user.email).toMatch(/^[a-z]+@voorbeeldstad\.example$/);
    }
    expect(data.users.find((u) => u.role === 'coordinator')?.email).toBe('coordinator@voorbeeldstad.example');
  });
});

describe('generateDemoCoalition: indicators', () => {
  it('covers exactly the 24 catalogue indicators, each with values', () => {
    const codes = data.indicators.map((i) => i.definition.code);
    expect(codes).toEqual([
      'JGZ-01',
      'JGZ-02',
      'JGZ-03',
      'JGZ-04',
      'JGZ-05',
      'JGZ-06',
      'JGZ-07',
      'JGZ-08',
      'ZIN-01',
      'ZIN-02',
      'ZIN-03',
      'ZIN-04',
      'ZIN-05',
      'ZIN-06',
      'ZIN-07',
      'PREM-01',
      'PREM-02',
      'PREM-03',
      'KS-01',
      'KS-02',
      'KS-03',
      'COA-01',
      'COA-02',
      'COA-03',
    ]);
    for (const i of data.indicators) expect(i.values.length, i.definition.code).toBeGreaterThanOrEqual(2);
  });

  it('covers twelve quarters ending at the current quarter, and nothing after it', () => {
    expect(data.timeline.quarters).toHaveLength(12);
    expect(quarterIndex(data.timeline.quarters[0] ?? DEFAULT_CURRENT_QUARTER)).toBe(currentIndex - 11);
    for (let q = currentIndex - 11; q <= currentIndex; q++) {
      const covering = data.indicators.filter((i) =>
        i.values.some((v) => v.periodFirstIndex <= q && q <= v.periodLastIndex),
      );
      // The recent quarters are covered by the quarterly series only: yearly figures lag.
      expect(covering.length, `quarter index ${q}`).toBeGreaterThanOrEqual(6);
    }
    for (const i of data.indicators) {
      for (const v of i.values)
        expect(v.periodLastIndex, `${i.definition.code} ${v.period}`).toBeLessThanOrEqual(currentIndex);
    }
  });

  it('has the frequencies of the catalogue, and quarterly series of all twelve quarters', () => {
    expect(indicator('JGZ-01').values.map((v) => v.period)).toHaveLength(12);
    expect(indicator('ZIN-01').values.map((v) => v.period)).toEqual(['2023', '2024', '2025']);
    expect(indicator('PREM-01').values.every((v) => /^\d{4}-H[12]$/.test(v.period))).toBe(true);
  });

  it('has missing periods inside some series', () => {
    const withGaps = data.indicators.filter((i) => gaps(i.values) > 0).map((i) => i.definition.code);
    expect(withGaps.length).toBeGreaterThanOrEqual(1);
    expect(withGaps).toContain('JGZ-04');
  });

  it('has at least two stale series whose last value is a year or more old', () => {
    const stale = data.indicators.filter((i) => {
      const last = Math.max(...i.values.map((v) => v.periodLastIndex));
      return currentIndex - last >= 4;
    });
    expect(stale.length).toBeGreaterThanOrEqual(2);
  });

  it('computes every ratio from its numerator and denominator, inside the plausible range', () => {
    for (const i of data.indicators) {
      const { factor, plausibleMin, plausibleMax, numeratorText } = i.definition;
      for (const v of i.values) {
        expect(v.value).toBeGreaterThanOrEqual(plausibleMin);
        expect(v.value).toBeLessThanOrEqual(plausibleMax);
        if (v.numerator === null || v.denominator === null) continue;
        expect(numeratorText, i.definition.code).not.toBeNull();
        expect(v.numerator).toBeLessThanOrEqual(v.denominator);
        expect(v.value).toBeCloseTo((v.numerator / v.denominator) * factor, 9);
      }
    }
  });

  it('uses denominators of a municipality with about 1,000 births a year', () => {
    for (const v of indicator('ZIN-03').values) {
      expect(v.denominator).toBeGreaterThan(850);
      expect(v.denominator).toBeLessThan(1150);
    }
  });

  it('mostly improves towards the target', () => {
    const improving = data.indicators.filter((i) => {
      const { direction } = i.definition;
      if (direction === 'context' || i.values.length < 2) return false;
      const first = i.values[0]?.value ?? 0;
      const last = i.values.at(-1)?.value ?? 0;
      return direction === 'higher_better' ? last > first : last < first;
    });
    expect(improving.length).toBeGreaterThanOrEqual(17);
  });

  it('has target and baseline for scored indicators from the first quarter, and a target that changes', () => {
    for (const i of data.indicators) {
      const kinds = i.references.filter((r) => r.validFromIndex === currentIndex - 11).map((r) => r.kind);
      if (i.definition.direction === 'context') expect(kinds).not.toContain('target');
      else expect(kinds, i.definition.code).toEqual(expect.arrayContaining(['target', 'baseline']));
    }
    const targets = indicator('JGZ-01').references.filter((r) => r.kind === 'target');
    expect(targets).toHaveLength(2);
    expect(new Set(targets.map((t) => t.validFromIndex)).size).toBe(2);
    expect(indicator('ZIN-02').references.find((r) => r.kind === 'national')?.value).toBe(14.8);
  });

  it('derives the coalition indicators from the registers and the rounds', () => {
    expect(indicator('COA-01').values.map((v) => [v.period, v.numerator, v.denominator])).toEqual(
      data.carePlanCounts.map((c) => [c.quarter, c.withSharedPlan, c.familiesDiscussed]),
    );
    const total = indicator('COA-02').values.reduce((n, v) => n + v.value, 0);
    expect(total).toBeLessThanOrEqual(data.mirrorConversations.length);
    expect(indicator('COA-03').values).toHaveLength(data.rounds.length);
  });
});

describe('generateDemoCoalition: questionnaire', () => {
  const likertCodes = data.instrument.definition.dimensions.flatMap((d) => d.items.map((i) => i.code));

  it('publishes the default instrument before the first round', () => {
    expect(data.instrument.definition.version).toBe(1);
    expect(data.instrument.publishedAt.slice(0, 10) < (data.rounds[0]?.opensOn ?? '')).toBe(true);
  });

  it('has six closed half-yearly rounds with 25–60 responses each', () => {
    expect(data.rounds).toHaveLength(6);
    data.rounds.forEach((round, i) => {
      expect(round.status).toBe('closed');
      expect(round.responses.length).toBeGreaterThanOrEqual(25);
      expect(round.responses.length).toBeLessThanOrEqual(60);
      if (i > 0) expect(round.quarterIndex - (data.rounds[i - 1]?.quarterIndex ?? 0)).toBe(2);
      expect(round.quarterIndex).toBeGreaterThanOrEqual(currentIndex - 11);
      expect(round.quarterIndex).toBeLessThanOrEqual(currentIndex);
    });
  });

  it('answers every statement with 1–5 or "don\'t know", and includes both', () => {
    for (const round of data.rounds) {
      let dontKnow = 0;
      for (const response of round.responses) {
        const likert = response.answers.filter((a) => likertCodes.includes(a.itemCode));
        expect(likert.map((a) => a.itemCode)).toEqual(likertCodes);
        for (const answer of likert) {
          if (answer.dontKnow) {
            expect(answer.value).toBeNull();
            dontKnow += 1;
          } else {
            expect([1, 2, 3, 4, 5]).toContain(answer.value);
          }
        }
      }
      expect(dontKnow, round.key).toBeGreaterThan(0);
    }
  });

  it('has Dutch open answers to both open questions', () => {
    const open = data.rounds.flatMap((r) =>
      r.responses.flatMap((x) => x.answers.filter((a) => a.itemCode.startsWith('O'))),
    );
    expect(new Set(open.map((a) => a.itemCode))).toEqual(new Set(['O1', 'O2']));
    for (const answer of open) {
      expect(answer.value).toBeNull();
      expect(answer.text?.length ?? 0).toBeGreaterThan(10);
    }
  });

  it('improves from the first round to the last', () => {
    const first = mean(likertValues(roundAt(0)));
    const last = mean(likertValues(roundAt(-1)));
    expect(last - first).toBeGreaterThan(0.3);
  });

  it('differs between dimensions and between organisations', () => {
    const all = data.rounds;
    const byDimension = ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((d) =>
      mean(all.flatMap((r) => likertValues(r, (code) => code.startsWith(d)))),
    );
    expect(Math.max(...byDimension) - Math.min(...byDimension)).toBeGreaterThan(0.5);
    const byOrganisation = data.organisations.map((o) =>
      mean(all.flatMap((r) => likertValues(r, (_c, org) => org === o.key))),
    );
    expect(Math.max(...byOrganisation) - Math.min(...byOrganisation)).toBeGreaterThan(0.3);
  });

  it('records respondent roles and invitations that match the responses', () => {
    for (const round of data.rounds) {
      expect(round.responses.every((r) => r.respondentRole.length > 0)).toBe(true);
      const responded = round.invitations.filter((i) => i.respondedAt !== null);
      expect(responded).toHaveLength(round.responses.length);
      const count = (keys: string[]) => keys.sort().join(',');
      expect(count(responded.map((i) => i.organisationKey))).toBe(count(round.responses.map((r) => r.organisationKey)));
      for (const invitation of responded) {
        const day = invitation.respondedAt?.slice(0, 10) ?? '';
        expect(day >= round.opensOn && day <= round.closesOn).toBe(true);
      }
    }
    const roles = new Set(data.rounds.flatMap((r) => r.responses.map((x) => x.respondentRole)));
    for (const role of [
      'verloskundige',
      'jeugdverpleegkundige',
      'kraamverzorgende',
      'wijkteammedewerker',
      'beleidsmedewerker',
    ]) {
      expect(roles).toContain(role);
    }
  });

  it('stores invitation tokens only as their SHA-256 hash, each unique', () => {
    const invitations = data.rounds.flatMap((r) => r.invitations);
    for (const invitation of invitations) {
      expect(invitation.token).toMatch(/^[0-9a-f]{64}$/);
      expect(invitation.tokenHash).toBe(createHash('sha256').update(invitation.token).digest('hex'));
    }
    expect(new Set(invitations.map((i) => i.tokenHash)).size).toBe(invitations.length);
  });
});

describe('generateDemoCoalition: registers', () => {
  const referenceDate = data.timeline.referenceDate;

  it('has sharing agreements in several statuses, exactly one past its review date', () => {
    expect(new Set(data.sharingAgreements.map((a) => a.status)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(data.sharingAgreements.map((a) => a.legalBasis)).size).toBeGreaterThanOrEqual(2);
    const overdue = data.sharingAgreements.filter((a) => a.reviewOn !== null && a.reviewOn < referenceDate);
    expect(overdue).toHaveLength(1);
    for (const a of data.sharingAgreements) expect(a.partyKeys.length).toBeGreaterThanOrEqual(2);
  });

  it('has 4–6 mirror conversations spread over three years, each with a follow-up', () => {
    const conversations = data.mirrorConversations;
    expect(conversations.length).toBeGreaterThanOrEqual(4);
    expect(conversations.length).toBeLessThanOrEqual(6);
    expect(new Set(conversations.map((c) => c.heldOn.slice(0, 4))).size).toBeGreaterThanOrEqual(3);
    for (const c of conversations) expect(c.summary).toContain('Opvolging');
  });

  it('has learning activities of every kind with participating organisations', () => {
    const kinds = new Set(data.learningActivities.map((a) => a.kind));
    for (const kind of ['case_discussion', 'meeting', 'training', 'visit']) expect(kinds).toContain(kind);
    for (const a of data.learningActivities) {
      expect(a.participantKeys.length).toBeGreaterThanOrEqual(2);
      expect(new Set(a.participantKeys).size).toBe(a.participantKeys.length);
    }
  });

  it('keeps care-plan counts aggregate and consistent, one row per quarter', () => {
    expect(data.carePlanCounts).toHaveLength(12);
    for (const c of data.carePlanCounts) {
      expect(c.withSharedPlan).toBeLessThanOrEqual(c.familiesDiscussed);
      expect(c.planEvaluated).toBeLessThanOrEqual(c.withSharedPlan);
    }
  });

  it('groups 8–14 obstacles into 4–6 actions, some done and some overdue, from several sources', () => {
    const obstacles = [...data.improvementActions.flatMap((a) => a.obstacles), ...data.ungroupedObstacles];
    expect(obstacles.length).toBeGreaterThanOrEqual(8);
    expect(obstacles.length).toBeLessThanOrEqual(14);
    expect(data.improvementActions.length).toBeGreaterThanOrEqual(4);
    expect(data.improvementActions.length).toBeLessThanOrEqual(6);
    const statuses = data.improvementActions.map((a) => a.status);
    expect(statuses).toContain('done');
    const overdue = data.improvementActions.filter((a) => a.status !== 'done' && a.dueOn < referenceDate);
    expect(overdue.length).toBeGreaterThanOrEqual(1);
    const sources = new Set(data.improvementActions.map((a) => a.source.kind));
    for (const kind of ['questionnaire', 'mirror_conversation', 'meeting']) expect(sources).toContain(kind);
  });

  it('has annotations, among them the new referral route', () => {
    expect(data.annotations.length).toBeGreaterThanOrEqual(3);
    expect(data.annotations.some((a) => a.text.startsWith('Nieuwe verwijsroute vanaf K2 2025'))).toBe(true);
  });

  it('sets targets for the register measures', () => {
    const codes = new Set(data.measureTargets.map((t) => t.measureCode));
    expect(codes).toEqual(new Set(REGISTER_MEASURE_CODES));
  });

  it('refers only to keys that exist', () => {
    const keys = (d: DemoCoalitionData) => ({
      organisations: new Set(d.organisations.map((o) => o.key)),
      rounds: new Set(d.rounds.map((r) => r.key)),
      mirrors: new Set(d.mirrorConversations.map((m) => m.key)),
      activities: new Set(d.learningActivities.map((a) => a.key)),
    });
    const k = keys(data);
    for (const action of data.improvementActions) {
      expect(k.organisations).toContain(action.ownerOrganisationKey);
      const { source } = action;
      if (source.kind === 'questionnaire') expect(k.rounds).toContain(source.roundKey);
      if (source.kind === 'mirror_conversation') expect(k.mirrors).toContain(source.mirrorConversationKey);
      if (source.kind === 'meeting') expect(k.activities).toContain(source.learningActivityKey);
    }
  });
});
