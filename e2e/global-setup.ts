import { resetArtifacts } from './support.ts';

/** Once per run: every journey file adds its screenshots and axe report to a clean folder. */
export default function setup(): void {
  resetArtifacts();
}
