import { useMutation, useQueryClient } from '@tanstack/react-query';
import i18n from '@/i18n';
import { api, unwrap } from '@/lib/api/client';
import type { ImportMode, OrgImportResult } from '../types';
import { orgKeys } from './keys';

export interface ImportRequest {
  /** The file's text, read as UTF-8. */
  csv: string;
  mode: ImportMode;
}

/** Sends the CSV as text/csv; the server answers with the changes, or 400 listing every bad line. */
export async function importOrganisation({ csv, mode }: ImportRequest): Promise<OrgImportResult> {
  return unwrap(
    await api.POST('/api/org/import', {
      params: { query: { mode } },
      body: csv,
      bodySerializer: (body: string) => body,
      // Error messages come back in the UI's language.
      headers: { 'Content-Type': 'text/csv', 'Accept-Language': i18n.language },
    }),
  );
}

/** Preview or apply; an applied import changes the unit tree, so it is refetched. */
export function useImportOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importOrganisation,
    onSuccess: (result) => {
      if (result.applied) void queryClient.invalidateQueries({ queryKey: orgKeys.all });
    },
  });
}
