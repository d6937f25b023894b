/** A button that is disabled while its action runs (LN-UI-1001). */
export class Button {
  busy = false;
}
