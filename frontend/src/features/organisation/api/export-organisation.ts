import { useMutation } from '@tanstack/react-query';
import i18n from '@/i18n';
import { api, unwrap } from '@/lib/api/client';
import { fileNameOf, saveBlob } from '@/lib/download';

/**
 * Fetches the organisation as the CSV file to import (with the bearer token, which a plain link cannot send) and saves
 * it; headers and role words follow the UI's language.
 */
export async function exportOrganisation(): Promise<string> {
  const result = await api.GET('/api/org/export', {
    parseAs: 'blob',
    headers: { 'Accept-Language': i18n.language },
  });
  const blob = unwrap(result) as Blob;
  const name = fileNameOf(result.response.headers.get('Content-Disposition'), 'organisation.csv');
  saveBlob(blob, name);
  return name;
}

/** The organisation as it is, as the file to start an import from. */
export function useExportOrganisation() {
  return useMutation({ mutationFn: exportOrganisation });
}
