import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { queryKeys } from './keys';

export type ReportSummary = components['schemas']['ReportSummary'];
export type LeaderReport = components['schemas']['LeaderReport'];

export async function listReports(): Promise<ReportSummary[]> {
  return unwrap(await api.GET('/api/reports'));
}

export const reportsQueryOptions = () => queryOptions({ queryKey: queryKeys.reports.list(), queryFn: listReports });

/** The reports the caller may read: their own, their leaders', and HR's per policy; open rounds included. */
export function useReports() {
  return useQuery(reportsQueryOptions());
}

export async function getReport(roundId: string, leaderId: string): Promise<LeaderReport> {
  return unwrap(await api.GET('/api/rounds/{id}/reports/{leaderId}', { params: { path: { id: roundId, leaderId } } }));
}

/** A closed round's report does not change: fetched once per visit, and shared by the report and the plan pages. */
export const reportQueryOptions = (roundId: string, leaderId: string) =>
  queryOptions({
    queryKey: queryKeys.reports.detail(roundId, leaderId),
    queryFn: () => getReport(roundId, leaderId),
    staleTime: 5 * 60 * 1000,
  });

/** A leader's report for a closed round. */
export function useReport(roundId: string, leaderId: string, enabled = true) {
  return useQuery({ ...reportQueryOptions(roundId, leaderId), enabled });
}

/** The paths of a report and its conversation guide and plan. */
export const reportPaths = {
  report: (roundId: string, leaderId: string) => `/rapporter/${roundId}/${leaderId}`,
  guide: (roundId: string, leaderId: string) => `/rapporter/${roundId}/${leaderId}/samtale`,
  plan: (roundId: string, leaderId: string) => `/rapporter/${roundId}/${leaderId}/plan`,
};
