import { coalitionUrl, SEGMENTS } from '../../app/paths';

export const questionnaireUrls = {
  overview: (slug: string) => coalitionUrl(slug, SEGMENTS.questionnaires),
  newRound: (slug: string) => coalitionUrl(slug, `${SEGMENTS.questionnaires}/rounds/new`),
  round: (slug: string, id: number) => coalitionUrl(slug, `${SEGMENTS.questionnaires}/rounds/${id}`),
  results: (slug: string, id: number) => coalitionUrl(slug, `${SEGMENTS.questionnaires}/rounds/${id}/results`),
  discuss: (slug: string, id: number) => coalitionUrl(slug, `${SEGMENTS.questionnaires}/rounds/${id}/discuss`),
  import: (slug: string, id: number) => coalitionUrl(slug, `${SEGMENTS.questionnaires}/rounds/${id}/import`),
  version: (slug: string, id: number) => coalitionUrl(slug, `${SEGMENTS.questionnaires}/versions/${id}`),
};
