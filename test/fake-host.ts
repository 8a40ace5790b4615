/** A ReactiveControllerHost without an element: controllers are driven by hand, timers by vitest's fake timers. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class FakeHost implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updates = 0;
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(controller: ReactiveController): void {
    this.controllers = this.controllers.filter((each) => each !== controller);
  }
  requestUpdate(): void {
    this.updates++;
  }
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
  connect(): void {
    this.controllers.forEach((controller) => controller.hostConnected?.());
  }
  disconnect(): void {
    this.controllers.forEach((controller) => controller.hostDisconnected?.());
  }
}
