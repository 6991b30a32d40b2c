import { useMutation } from '@tanstack/react-query';
import { ApiError } from '@/lib/api/api-error';
import { api } from '@/lib/api/client';
import type { Problem } from '@/lib/api/types';
import { fileNameOf, saveBlob } from '@/lib/download';

/** Fetches the PDF with the session's bearer token (a plain link could not send it). */
export async function getReportPdf(roundId: string, leaderId: string): Promise<{ blob: Blob; fileName: string }> {
  const { data, error, response } = await api.GET('/api/rounds/{id}/reports/{leaderId}/pdf', {
    params: { path: { id: roundId, leaderId } },
    parseAs: 'blob',
  });
  if (error !== undefined || !data) throw new ApiError(response.status, error as Problem | undefined);
  return { blob: data as Blob, fileName: fileNameOf(response.headers.get('Content-Disposition'), 'rapport.pdf') };
}

/** Downloads the report as an A4 PDF for the LUS (R9). */
export function useDownloadReportPdf(roundId: string, leaderId: string) {
  return useMutation({ mutationFn: () => getReportPdf(roundId, leaderId), onSuccess: ({ blob, fileName }) => saveBlob(blob, fileName) });
}
