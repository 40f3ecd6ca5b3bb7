import type { RouteObject } from 'react-router';
import { Loading } from '../components/Loading';
import { ThermometerPage } from '../features/thermometer/ThermometerPage';
import { NotFoundPage } from './NotFoundPage';
import { SEGMENTS } from './paths';
import { RootRedirect } from './RootRedirect';
import { RootErrorPage, RouteErrorPage } from './RouteErrorPage';
import { CoalitionLayout } from './shell/CoalitionLayout';
import { StandaloneLayout } from './shell/StandaloneLayout';

/**
 * The shell and the overview are in the first bundle; every other page is its own chunk, so what a
 * later page needs (charts, forms) never slows down the first view.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    errorElement: <RootErrorPage />,
    hydrateFallbackElement: <Loading />,
    children: [
      { index: true, element: <RootRedirect /> },
      {
        path: 'c/:slug',
        element: <CoalitionLayout />,
        children: [
          {
            // Pathless so a failing page keeps the header and navigation around it.
            errorElement: <RouteErrorPage />,
            children: [
              { index: true, element: <ThermometerPage /> },
              {
                path: SEGMENTS.trends,
                lazy: async () => ({ Component: (await import('../features/trends/TrendsPage')).TrendsPage }),
              },
              {
                path: SEGMENTS.report,
                lazy: async () => ({ Component: (await import('../features/report/ReportPage')).ReportPage }),
              },
              {
                path: SEGMENTS.questionnaires,
                lazy: async () => ({
                  Component: (await import('../features/questionnaires/QuestionnairesPage')).QuestionnairesPage,
                }),
              },
              {
                path: SEGMENTS.indicators,
                lazy: async () => ({
                  Component: (await import('../features/indicators/IndicatorsPage')).IndicatorsPage,
                }),
              },
              {
                path: SEGMENTS.agreements,
                lazy: async () => ({
                  Component: (await import('../features/registers/AgreementsPage')).AgreementsPage,
                }),
              },
              {
                path: SEGMENTS.mirrorConversations,
                lazy: async () => ({
                  Component: (await import('../features/registers/MirrorConversationsPage')).MirrorConversationsPage,
                }),
              },
              {
                path: SEGMENTS.learning,
                lazy: async () => ({ Component: (await import('../features/registers/LearningPage')).LearningPage }),
              },
              {
                path: SEGMENTS.carePlans,
                lazy: async () => ({
                  Component: (await import('../features/registers/CarePlansPage')).CarePlansPage,
                }),
              },
              {
                path: SEGMENTS.actions,
                lazy: async () => ({ Component: (await import('../features/actions/ActionsPage')).ActionsPage }),
              },
              {
                path: SEGMENTS.admin,
                lazy: async () => ({ Component: (await import('../features/admin/AdminPage')).AdminPage }),
              },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
      {
        path: '*',
        element: (
          <StandaloneLayout>
            <NotFoundPage />
          </StandaloneLayout>
        ),
      },
    ],
  },
];
