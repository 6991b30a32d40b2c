import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

function fileName(response: Response, fallback: string): string {
  const match = /filename="?([^";]+)"?/.exec(response.headers.get('Content-Disposition') ?? '');
  return match?.[1] ?? fallback;
}

/** Fetches the export (it needs the bearer token, so a plain link cannot do it) and saves it as a file. */
export async function exportFramework(id: string): Promise<void> {
  const result = await api.GET('/api/frameworks/{id}/export', { params: { path: { id } }, parseAs: 'blob' });
  const blob = unwrap(result) as Blob;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName(result.response, 'ledelsesgrundlag.json');
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function useExportFramework() {
  return useMutation({ mutationFn: exportFramework });
}
