import { useMutation } from '@tanstack/react-query';
import { ApiError } from '../api/api-error';
import { api } from '../api/client';
import type { Problem } from '../api/types';
import { fileNameOf, saveBlob } from '../download';

/** Fetches the guide and plan as a Word document with the session's bearer token. */
export async function getGuideDocx(roundId: string, leaderId: string): Promise<{ blob: Blob; fileName: string }> {
  const { data, error, response } = await api.GET('/api/rounds/{id}/reports/{leaderId}/guide/docx', {
    params: { path: { id: roundId, leaderId } },
    parseAs: 'blob',
  });
  if (error !== undefined || !data) throw new ApiError(response.status, error as Problem | undefined);
  return { blob: data as Blob, fileName: fileNameOf(response.headers.get('Content-Disposition'), 'samtaleguide.docx') };
}

/** Downloads the conversation guide and the development plan as an editable Word document (the report and the guide offer it). */
export function useDownloadGuideDocx(roundId: string, leaderId: string) {
  return useMutation({ mutationFn: () => getGuideDocx(roundId, leaderId), onSuccess: ({ blob, fileName }) => saveBlob(blob, fileName) });
}
