/**
 * Everything the status overlay needs, loaded only when someone opens it: a screen that is never
 * inspected never parses it. The service worker precaches this chunk like the rest, so the
 * overlay opens offline too.
 */
import '../elements/status-overlay';

export { statusRows } from '../kiosk/status';
