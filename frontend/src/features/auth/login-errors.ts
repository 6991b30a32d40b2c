import { isApiError } from '@/lib/api/api-error';

export interface LoginFieldErrors {
  email?: string;
  password?: string;
}

/** i18n keys of the problems with the form before anything is sent. */
export function validateLogin(email: string, password: string): LoginFieldErrors {
  const errors: LoginFieldErrors = {};
  if (email.trim() === '') errors.email = 'login.errors.emailRequired';
  if (password === '') errors.password = 'login.errors.passwordRequired';
  return errors;
}

/** i18n key for a failed login; 401 is the same for an unknown e-mail and a wrong password (S2). */
export function loginErrorKey(error: unknown): string {
  if (isApiError(error, 401) || isApiError(error, 400)) return 'login.errors.invalidCredentials';
  if (isApiError(error, 429)) return 'login.errors.tooManyAttempts';
  return 'login.errors.unavailable';
}
