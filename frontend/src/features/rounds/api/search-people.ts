import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

export async function searchPeople(q: string) {
  return unwrap(await api.GET('/api/org/people', { params: { query: { q } } }));
}

/** Active people of the organisation by name or e-mail, for adding someone to a respondent list; from 2 characters. */
export function useSearchPeople(q: string) {
  const query = q.trim();
  return useQuery({
    queryKey: ['org', 'people', query],
    queryFn: () => searchPeople(query),
    enabled: query.length >= 2,
    staleTime: 30_000,
  });
}
