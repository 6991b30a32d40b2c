import { useMutation } from '@tanstack/react-query';
import { ApiError } from '@/lib/api/api-error';
import { api } from '@/lib/api/client';
import type { Problem } from '@/lib/api/types';

/** The file name from `Content-Disposition: attachment; filename="…"`, or a fallback. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (encoded?.[1]) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  return plain?.[1]?.trim() || fallback;
}

/** Fetches the PDF with the session's bearer token (a plain link could not send it). */
export async function getReportPdf(roundId: string, leaderId: string): Promise<{ blob: Blob; fileName: string }> {
  const { data, error, response } = await api.GET('/api/rounds/{id}/reports/{leaderId}/pdf', {
    params: { path: { id: roundId, leaderId } },
    parseAs: 'blob',
  });
  if (error !== undefined || !data) throw new ApiError(response.status, error as Problem | undefined);
  return { blob: data as Blob, fileName: fileNameOf(response.headers.get('Content-Disposition'), 'rapport.pdf') };
}

function save({ blob, fileName }: { blob: Blob; fileName: string }) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads the report as an A4 PDF for the LUS (R9). */
export function useDownloadReportPdf(roundId: string, leaderId: string) {
  return useMutation({ mutationFn: () => getReportPdf(roundId, leaderId), onSuccess: save });
}
