import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { clearToken } from './token-storage';

/** Logging out forgets the token and everything cached for the user. The token is stateless (JWT). */
export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return () => {
    clearToken();
    queryClient.clear();
    void navigate('/login', { replace: true });
  };
}
