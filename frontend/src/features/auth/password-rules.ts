/** The rules the server applies too; checked here first so that the person learns them before sending. */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

export interface PasswordFieldErrors {
  password?: string;
  repeat?: string;
}

/** i18n keys of the problems with a new password before anything is sent. */
export function validateNewPassword(password: string, repeat: string): PasswordFieldErrors {
  const errors: PasswordFieldErrors = {};
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) errors.password = 'password.errors.tooShort';
  else if (length > MAX_PASSWORD_LENGTH) errors.password = 'password.errors.tooLong';
  if (repeat !== password) errors.repeat = 'password.errors.mismatch';
  return errors;
}
