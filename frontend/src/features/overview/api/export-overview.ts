import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ExportFormat } from '../types';

/** The file name the server gives in Content-Disposition (plain or RFC 5987 `filename*=`), else the fallback. */
export function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get('Content-Disposition') ?? '';
  const extended = /filename\*=(?:UTF-8'')?([^;]+)/i.exec(header);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // Malformed encoding: fall through to the plain name.
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain?.[1]?.trim() || fallback;
}

/** Fetches the export with the bearer token (a plain link cannot send it) and saves it under the server's name. */
export async function exportOverview({ roundId, format }: { roundId: string; format: ExportFormat }): Promise<string> {
  const result = await api.GET('/api/rounds/{id}/overview/export', {
    params: { path: { id: roundId }, query: { format } },
    parseAs: 'blob',
  });
  const blob = unwrap(result) as Blob;
  const name = fileNameOf(result.response, `pejling-overblik.${format}`);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return name;
}

/** The aggregates of the overview and the statement quality as CSV or XLSX; never single ballots. */
export function useExportOverview() {
  return useMutation({ mutationFn: exportOverview });
}
