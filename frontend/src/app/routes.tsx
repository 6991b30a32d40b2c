import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { areas } from '@/features/home/areas';
import { AreaPage } from '@/features/home/components/area-page';
import { AppLayout } from './layout/app-layout';
import { PublicLayout } from './layout/public-layout';
import { PageLoading } from './page-loading';
import { RequireAuth } from './require-auth';
import { RequireOperator, RequireRole } from './require-role';
import { RouteError } from './route-error';
import { NotFoundPage } from './routes/not-found-page';

/**
 * A page whose feature is loaded when a route first needs it: each feature is a chunk of its own, so the survey's
 * respondent loads the survey and nothing of HR's editor, the reports or the overview.
 */
function page<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): Pick<RouteObject, 'lazy'> {
  return { lazy: async () => ({ Component: pick(await load()) }) };
}

/** Inside each layout: a page that fails shows the error there; the first page's code loads with the layout shown. */
const pageFrame = { errorElement: <RouteError />, hydrateFallbackElement: <PageLoading /> } satisfies RouteObject;

const auth = () => import('@/features/auth');
const dialogue = () => import('@/features/dialogue');
const frameworks = () => import('@/features/frameworks');
const home = () => import('@/features/home');
const legal = () => import('@/features/legal');
const lus = () => import('@/features/lus');
const meetings = () => import('@/features/meetings');
const organisation = () => import('@/features/organisation');
const platform = () => import('@/features/platform');
const settings = () => import('@/features/settings');
const overview = () => import('@/features/overview');
const reports = () => import('@/features/reports');
const rounds = () => import('@/features/rounds');
const survey = () => import('@/features/survey');

/**
 * The whole route tree. Every area also takes sub-paths (`/rapporter/123`): the server answers deep links
 * with index.html and the area page handles them until the area has its own routes.
 * Frameworks: the list is for HR and admins; a version's page is open to every role, since the API shows
 * leaders and managers published versions only.
 */
const builtAreas = new Set(['/ledelsesgrundlag', '/organisation', '/runder', '/overblik', '/rapporter', '/udviklingsplan', '/ledere', '/indstillinger', '/moeder', '/lederteam']);
export const routes: RouteObject[] = [
  // The respondent's survey: no login, no app navigation, its own small chunk.
  {
    element: <PublicLayout />,
    children: [
      {
        ...pageFrame,
        children: [
          { path: '/s', ...page(survey, (m) => m.SurveyPage) },
          // A meeting's participants answer one question through the link the leader shows: no login either.
          { path: '/m', ...page(meetings, (m) => m.AnswerPage) },
        ],
      },
    ],
  },
  {
    element: <AppLayout />,
    children: [
      {
        ...pageFrame,
        children: [
          { path: '/login', ...page(auth, (m) => m.LoginPage) },
          { path: '/login/sso', ...page(auth, (m) => m.SsoLandingPage) },
          { path: '/adgangskode', ...page(auth, (m) => m.SetPasswordPage) },
          { path: '/glemt-adgangskode', ...page(auth, (m) => m.ForgottenPasswordPage) },
          { path: '/privatliv', ...page(legal, (m) => m.PrivacyPage) },
          {
            element: <RequireAuth />,
            children: [
              { index: true, ...page(home, (m) => m.LandingPage) },
              {
                element: <RequireRole roles={['hr', 'admin']} />,
                children: [{ path: '/ledelsesgrundlag', ...page(frameworks, (m) => m.FrameworkListPage) }],
              },
              { path: '/ledelsesgrundlag/:id', ...page(frameworks, (m) => m.FrameworkPage) },
              // The preview is the respondent's own survey, built from the framework version.
              { path: '/ledelsesgrundlag/:id/forhaandsvisning', ...page(survey, (m) => m.SurveyPreviewPage) },
              {
                element: <RequireRole roles={['hr', 'admin']} />,
                children: [{ path: '/organisation', ...page(organisation, (m) => m.OrganisationPage) }],
              },
              {
                element: <RequireRole roles={['hr', 'admin']} />,
                children: [
                  { path: '/runder', ...page(rounds, (m) => m.RoundListPage) },
                  { path: '/runder/ny', ...page(rounds, (m) => m.NewRoundPage) },
                  { path: '/runder/:id', ...page(rounds, (m) => m.RoundPage) },
                ],
              },
              {
                // Organisation-wide results are HR's; a system administrator without the HR role does not see them.
                element: <RequireRole roles={['hr']} />,
                children: [
                  { path: '/overblik', ...page(overview, (m) => m.RoundPickerPage) },
                  { path: '/overblik/:roundId', ...page(overview, (m) => m.OverviewPage) },
                  { path: '/overblik/:roundId/udsagn', ...page(overview, (m) => m.StatementQualityPage) },
                ],
              },
              { path: '/rapporter', ...page(reports, (m) => m.ReportListPage) },
              { path: '/rapporter/*', ...page(reports, (m) => m.ReportListPage) },
              { path: '/rapporter/:roundId/:leaderId', ...page(reports, (m) => m.ReportPage) },
              { path: '/rapporter/:roundId/:leaderId/samtale', ...page(lus, (m) => m.GuidePage) },
              { path: '/rapporter/:roundId/:leaderId/plan', ...page(lus, (m) => m.PlanPage) },
              {
                element: <RequireRole roles={['leader']} />,
                children: [{ path: '/udviklingsplan', ...page(reports, (m) => m.OwnPlansPage) }],
              },
              {
                element: <RequireRole roles={['manager']} />,
                children: [{ path: '/ledere', ...page(reports, (m) => m.LeadersPage) }],
              },
              { path: '/moeder', ...page(meetings, (m) => m.MeetingsPage) },
              {
                element: <RequireRole roles={['leader', 'manager']} />,
                children: [{ path: '/moeder/ny', ...page(meetings, (m) => m.NewMeetingPage) }],
              },
              { path: '/moeder/:id', ...page(meetings, (m) => m.MeetingPage) },
              {
                element: <RequireRole roles={['leader', 'manager']} />,
                children: [
                  { path: '/lederteam', ...page(dialogue, (m) => m.DialoguesPage) },
                  { path: '/lederteam/:id', ...page(dialogue, (m) => m.DialoguePage) },
                ],
              },
              {
                element: <RequireRole roles={['hr', 'admin']} />,
                children: [{ path: '/indstillinger', ...page(settings, (m) => m.SettingsPage) }],
              },
              {
                // A leader confirms who will be asked about them, when HR's draft round asks (the mail links here).
                element: <RequireRole roles={['leader']} />,
                children: [{ path: '/bekraeft', ...page(rounds, (m) => m.ConfirmListPage) }],
              },
              { element: <RequireOperator />, children: [{ path: '/drift', ...page(platform, (m) => m.OperatorPage) }] },
              ...areas
                .filter((area) => !builtAreas.has(area.path))
                .map((area) => ({ path: `${area.path}/*`, element: <AreaPage areaKey={area.key} /> })),
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
