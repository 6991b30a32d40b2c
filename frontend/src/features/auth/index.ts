export { ForgottenPasswordPage } from './components/forgotten-password-page';
export { LoginPage } from './components/login-page';
export { SetPasswordPage } from './components/set-password-page';
export { SsoLandingPage } from './components/sso-landing-page';
