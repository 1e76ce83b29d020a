export { renderYttrande } from './renderYttrande';
