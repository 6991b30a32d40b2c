import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { fileNameOf, saveBlob } from '@/lib/download';

/** Fetches the export (it needs the bearer token, so a plain link cannot do it) and saves it as a file. */
export async function exportFramework(id: string): Promise<void> {
  const result = await api.GET('/api/frameworks/{id}/export', { params: { path: { id } }, parseAs: 'blob' });
  const blob = unwrap(result) as Blob;
  saveBlob(blob, fileNameOf(result.response.headers.get('Content-Disposition'), 'ledelsesgrundlag.json'));
}

export function useExportFramework() {
  return useMutation({ mutationFn: exportFramework });
}
