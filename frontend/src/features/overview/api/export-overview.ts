import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { fileNameOf, saveBlob } from '@/lib/download';
import type { ExportFormat } from '../types';

/** Fetches the export with the bearer token (a plain link cannot send it) and saves it under the server's name. */
export async function exportOverview({ roundId, format }: { roundId: string; format: ExportFormat }): Promise<string> {
  const result = await api.GET('/api/rounds/{id}/overview/export', {
    params: { path: { id: roundId }, query: { format } },
    parseAs: 'blob',
  });
  const blob = unwrap(result) as Blob;
  const name = fileNameOf(result.response.headers.get('Content-Disposition'), `pejling-overblik.${format}`);
  saveBlob(blob, name);
  return name;
}

/** The aggregates of the overview and the statement quality as CSV or XLSX; never single ballots. */
export function useExportOverview() {
  return useMutation({ mutationFn: exportOverview });
}
