import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import './questionnaires.css';
import { DiscussionPage } from './DiscussionPage';
import { ImportPage } from './ImportPage';
import { NewRoundPage } from './NewRoundPage';
import { ResultsPage } from './ResultsPage';
import { RoundPage } from './RoundPage';
import { RoundsOverview } from './RoundsOverview';
import { VersionPage } from './VersionPage';

/** Everything of the partner questionnaire under /c/:slug/questionnaires, one lazily loaded chunk. */
export function QuestionnairesPage() {
  return (
    <Routes>
      <Route index element={<RoundsOverview />} />
      <Route path="rounds/new" element={<NewRoundPage />} />
      <Route path="rounds/:roundId" element={<RoundPage />} />
      <Route path="rounds/:roundId/results" element={<ResultsPage />} />
      <Route path="rounds/:roundId/discuss" element={<DiscussionPage />} />
      <Route path="rounds/:roundId/import" element={<ImportPage />} />
      <Route path="versions/:versionId" element={<VersionPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
