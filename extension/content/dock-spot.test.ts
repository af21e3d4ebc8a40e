import { describe, expect, it } from 'vitest';
import { DOCK_SIZE, freeDockSpot } from './dock-spot';

const VIEWPORT = { width: 1280, height: 800 };

/** A page laid out as boxes: the hit test returns the topmost box's element under a point. */
function layout(boxes: Array<{ html: string; x: number; y: number; width: number; height: number }>) {
  const elements = boxes.map((box) => {
    const holder = document.createElement('div');
    holder.innerHTML = box.html;
    return { ...box, element: holder.firstElementChild! };
  });
  const page = document.createElement('main');
  return (x: number, y: number) => elements.findLast((b) => x >= b.x && x < b.x + b.width && y >= b.y && y < b.y + b.height)?.element ?? page;
}

describe('freeDockSpot', () => {
  it('docks at the bottom right when nothing there can be clicked', () => {
    const spot = freeDockSpot(VIEWPORT, layout([{ html: '<p>Conversation</p>', x: 0, y: 0, width: 1280, height: 800 }]));
    expect(spot.edges).toEqual(['bottom', 'right']);
    const { width, height, margin } = DOCK_SIZE;
    expect(spot.box).toEqual({ x: 1280 - margin - width, y: 800 - margin - height, width, height });
  });

  it('moves off a ticket footer whose submit button fills the bottom right, and off links at the bottom left', () => {
    const hitTest = layout([
      { html: '<footer></footer>', x: 0, y: 740, width: 1280, height: 60 },
      { html: '<button>Submit as Open</button>', x: 1100, y: 752, width: 170, height: 40 },
      { html: '<a href="/agent/dashboard">Home</a>', x: 0, y: 752, width: 200, height: 40 },
    ]);
    expect(freeDockSpot(VIEWPORT, hitTest).edges).toEqual(['top', 'right']);
  });

  it('counts the text inside a control as the control, and takes the least covered spot when every one is', () => {
    const control = layout([{ html: '<div role="button"><span>Save</span></div>', x: 0, y: 0, width: 1280, height: 700 }]);
    // The hit test reaches the label inside the control, as elementFromPoint does.
    const hitTest = (x: number, y: number) => control(x, y).firstElementChild ?? control(x, y);
    expect(freeDockSpot(VIEWPORT, hitTest).edges).toEqual(['bottom', 'right']);
    expect(freeDockSpot({ width: 1280, height: 700 }, hitTest).edges).toEqual(['bottom', 'right']);
  });
});
