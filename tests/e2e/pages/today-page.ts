/** The staff console's Today: the first steps, the stock to watch (English unless told). */
import { StaffSection } from './staff-section.js';

export class TodayPage extends StaffSection {
  /** The "First steps" panel, while the center still has something to set up. */
  firstSteps(title = 'First steps') {
    return this.page.getByRole('region', { name: title });
  }

  /** The "Stock to watch" panel. */
  stockToWatch(title = 'Stock to watch') {
    return this.page.getByRole('region', { name: title });
  }
}
