/** Plain password rules (NIST SP 800-63B): length counts, composition rules do not. */
const PASSWORD_MIN_LENGTH = 10;
const PASSWORD_MAX_LENGTH = 200;

const common = new Set([
  'wachtwoord',
  'wachtwoord1',
  'wachtwoord123',
  'password',
  'password1',
  'password123',
  '1234567890',
  '12345678910',
  'qwertyuiop',
  'welkom1234',
  'welkomwelkom',
  'utrecht123',
  'utrechtoost',
  'abcdefghij',
]);

export type PasswordProblem = 'password.tooShort' | 'password.tooLong' | 'password.tooCommon' | 'password.likeEmail';

export function passwordProblem(password: string, email: string): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return 'password.tooShort';
  if (password.length > PASSWORD_MAX_LENGTH) return 'password.tooLong';
  const lower = password.toLowerCase();
  if (common.has(lower) || /^(.)\1+$/.test(password)) return 'password.tooCommon';
  const local = email.toLowerCase().split('@')[0] ?? '';
  if (lower === email.toLowerCase() || (local.length >= 4 && lower.includes(local))) return 'password.likeEmail';
  return null;
}
