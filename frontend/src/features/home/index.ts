export { areas, areasFor, type Area, type AreaKey } from './areas';
export { AreaPage } from './components/area-page';
export { LandingPage } from './components/landing-page';
export { ForbiddenPage } from './components/forbidden-page';
