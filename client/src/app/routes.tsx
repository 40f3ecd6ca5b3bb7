import type { RouteObject } from 'react-router';
import { Loading } from '../components/Loading';
import { RequireSession } from '../features/auth/RequireSession';
import { SignInPage } from '../features/auth/SignInPage';
import { ThermometerPage } from '../features/thermometer/ThermometerPage';
import { NotFoundPage } from './NotFoundPage';
import { COMPONENT_SEGMENT, PATHS, SEGMENTS } from './paths';
import { RootRedirect } from './RootRedirect';
import { RootErrorPage, RouteErrorPage } from './RouteErrorPage';
import { CoalitionLayout } from './shell/CoalitionLayout';
import { StandaloneLayout } from './shell/StandaloneLayout';

/**
 * The shell, the overview and the sign-in page are in the first bundle; every other page is its
 * own chunk, so what a later page needs (charts, forms) never slows down the first view.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    errorElement: <RootErrorPage />,
    hydrateFallbackElement: <Loading />,
    children: [
      // Open to everyone: signing in, account links from e-mails, and a shared quarterly report.
      { path: PATHS.signIn, element: <SignInPage /> },
      {
        path: PATHS.forgotPassword,
        lazy: async () => ({
          Component: (await import('../features/auth/ForgotPasswordPage')).ForgotPasswordPage,
        }),
      },
      {
        path: PATHS.resetPassword,
        lazy: async () => ({ Component: (await import('../features/auth/ResetPasswordPage')).ResetPasswordPage }),
      },
      {
        path: PATHS.invitation,
        lazy: async () => ({
          Component: (await import('../features/auth/AcceptInvitationPage')).AcceptInvitationPage,
        }),
      },
      {
        path: PATHS.sharedReport,
        lazy: async () => ({
          Component: (await import('../features/share/SharedReportPage')).SharedReportPage,
        }),
      },
      {
        element: <RequireSession />,
        children: [
          { index: true, element: <RootRedirect /> },
          {
            path: PATHS.platform,
            lazy: async () => ({ Component: (await import('../features/platform/PlatformPage')).PlatformPage }),
          },
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
                    path: `${COMPONENT_SEGMENT}/:code`,
                    lazy: async () => ({
                      Component: (await import('../features/thermometer/ComponentPage')).ComponentPage,
                    }),
                  },
                  {
                    path: SEGMENTS.trends,
                    lazy: async () => ({ Component: (await import('../features/trends/TrendsPage')).TrendsPage }),
                  },
                  {
                    path: SEGMENTS.report,
                    lazy: async () => ({ Component: (await import('../features/report/ReportPage')).ReportPage }),
                  },
                  {
                    // The questionnaire pages route below this themselves (rounds, results, discussion, …).
                    path: `${SEGMENTS.questionnaires}/*`,
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
                    path: SEGMENTS.imports,
                    lazy: async () => ({ Component: (await import('../features/imports/ImportPage')).ImportPage }),
                  },
                  {
                    path: `${SEGMENTS.indicators}/new`,
                    lazy: async () => ({
                      Component: (await import('../features/indicators/IndicatorFormPage')).NewIndicatorPage,
                    }),
                  },
                  {
                    path: `${SEGMENTS.indicators}/:code`,
                    lazy: async () => ({
                      Component: (await import('../features/indicators/IndicatorPage')).IndicatorPage,
                    }),
                  },
                  {
                    path: `${SEGMENTS.indicators}/:code/edit`,
                    lazy: async () => ({
                      Component: (await import('../features/indicators/IndicatorFormPage')).EditIndicatorPage,
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
                      Component: (await import('../features/registers/MirrorConversationsPage'))
                        .MirrorConversationsPage,
                    }),
                  },
                  {
                    path: SEGMENTS.learning,
                    lazy: async () => ({
                      Component: (await import('../features/registers/LearningPage')).LearningPage,
                    }),
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
