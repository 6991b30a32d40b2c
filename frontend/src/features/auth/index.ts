export { useLogout } from './api/logout';
export { LoginPage } from './components/login-page';
