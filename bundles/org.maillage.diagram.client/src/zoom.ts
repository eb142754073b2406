// Zoom by steps of 10 % per notch of the mouse wheel (sprotty's own factor makes steps of about 20 %).
import { ZoomMouseListener } from '@eclipse-glsp/client';
import { injectable } from 'inversify';

export const ZOOM_STEP = 1.1;

@injectable()
export class StepZoomMouseListener extends ZoomMouseListener {
    protected override getZoomFactor(event: WheelEvent): number {
        if (event.deltaY === 0) {
            return 1;
        }
        return event.deltaY < 0 ? ZOOM_STEP : 1 / ZOOM_STEP;
    }
}
