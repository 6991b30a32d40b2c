import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { LoginPage } from '@/features/auth';
import { GuidePage, PlanPage } from '@/features/lus';
import { FrameworkListPage, FrameworkPage } from '@/features/frameworks';
import { AreaPage, LandingPage, areas } from '@/features/home';
import { PrivacyPage } from '@/features/legal';
import { OrganisationPage } from '@/features/organisation';
import { LeadersPage, OwnPlansPage, ReportListPage, ReportPage } from '@/features/reports';
import { OverviewPage, RoundPickerPage, StatementQualityPage } from '@/features/overview';
import { NewRoundPage, RoundListPage, RoundPage } from '@/features/rounds';
import { AppLayout } from './layout/app-layout';
import { PublicLayout } from './layout/public-layout';
import { RequireAuth } from './require-auth';
import { RequireRole } from './require-role';
import { NotFoundPage } from './routes/not-found-page';

const SurveyPage = lazy(() => import('@/features/survey').then((module) => ({ default: module.SurveyPage })));

/**
 * The whole route tree. Every area also takes sub-paths (`/rapporter/123`): the server answers deep links
 * with index.html and the area page handles them until the area has its own routes.
 * Frameworks: the list is for HR and admins; a version's page is open to every role, since the API shows
 * leaders and managers published versions only.
 */
const builtAreas = new Set(['/ledelsesgrundlag', '/organisation', '/runder', '/overblik', '/rapporter', '/udviklingsplan', '/ledere']);
export const routes: RouteObject[] = [
  // The respondent's survey: no login, no app navigation, its own small chunk.
  { element: <PublicLayout />, children: [{ path: '/s', element: <SurveyPage /> }] },
  {
    element: <AppLayout />,
    children: [
      { path: '/login', element: <LoginPage /> },
      { path: '/privatliv', element: <PrivacyPage /> },
      {
        element: <RequireAuth />,
        children: [
          { index: true, element: <LandingPage /> },
          { element: <RequireRole roles={['hr', 'admin']} />, children: [{ path: '/ledelsesgrundlag', element: <FrameworkListPage /> }] },
          { path: '/ledelsesgrundlag/:id', element: <FrameworkPage /> },
          { path: '/ledelsesgrundlag/:id/forhaandsvisning', element: <FrameworkPage preview /> },
          { element: <RequireRole roles={['hr', 'admin']} />, children: [{ path: '/organisation', element: <OrganisationPage /> }] },
          {
            element: <RequireRole roles={['hr', 'admin']} />,
            children: [
              { path: '/runder', element: <RoundListPage /> },
              { path: '/runder/ny', element: <NewRoundPage /> },
              { path: '/runder/:id', element: <RoundPage /> },
            ],
          },
          {
            // Organisation-wide results are HR's; a system administrator without the HR role does not see them.
            element: <RequireRole roles={['hr']} />,
            children: [
              { path: '/overblik', element: <RoundPickerPage /> },
              { path: '/overblik/:roundId', element: <OverviewPage /> },
              { path: '/overblik/:roundId/udsagn', element: <StatementQualityPage /> },
            ],
          },
          { path: '/rapporter', element: <ReportListPage /> },
          { path: '/rapporter/*', element: <ReportListPage /> },
          { path: '/rapporter/:roundId/:leaderId', element: <ReportPage /> },
          { path: '/rapporter/:roundId/:leaderId/samtale', element: <GuidePage /> },
          { path: '/rapporter/:roundId/:leaderId/plan', element: <PlanPage /> },
          { element: <RequireRole roles={['leader']} />, children: [{ path: '/udviklingsplan', element: <OwnPlansPage /> }] },
          { element: <RequireRole roles={['manager']} />, children: [{ path: '/ledere', element: <LeadersPage /> }] },
          ...areas
            .filter((area) => !builtAreas.has(area.path))
            .map((area) => ({ path: `${area.path}/*`, element: <AreaPage areaKey={area.key} /> })),
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
