import { expect } from '@open-wc/testing';
import {
  estimateLabelWidth, LABEL_GAP, LABEL_MAX_WIDTH, LABEL_MIN_WIDTH, layoutRows, placeLabel,
} from './layout.js';

describe('layout', () => {
  it('estimateLabelWidth stays within the label bounds', () => {
    expect(estimateLabelWidth('2011', 'A')).to.equal(LABEL_MIN_WIDTH);
    expect(estimateLabelWidth('2 December 2015', 'x'.repeat(400))).to.equal(LABEL_MAX_WIDTH);
    const medium = estimateLabelWidth('2 December 2015', 'MPs back air strikes');
    expect(medium).to.be.within(LABEL_MIN_WIDTH, LABEL_MAX_WIDTH);
  });

  it('placeLabel starts a label just before its marker', () => {
    expect(placeLabel(100, 80, 1000)).to.equal(88);
  });

  it('placeLabel flips a label that would leave the plot on the right, and clamps at the left', () => {
    expect(placeLabel(990, 100, 1000)).to.equal(900);
    expect(placeLabel(2, 100, 1000)).to.equal(0);
    expect(placeLabel(50, 100, 60)).to.equal(0);
  });

  it('layoutRows puts labels that fit side by side in one row, and overlapping ones above', () => {
    expect(layoutRows([
      { left: 0, width: 100 },
      { left: 100 + LABEL_GAP, width: 100 },
      { left: 150, width: 100 },
      { left: 400, width: 10 },
    ])).to.deep.equal([0, 0, 1, 0]);
  });

  it('layoutRows never overlaps two labels in a row (random boxes, fixed seed)', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let round = 0; round < 20; round += 1) {
      const boxes = Array.from({ length: 200 }, () => ({ left: random() * 2000, width: 40 + random() * 150 }))
        .sort((a, b) => a.left - b.left);
      const rows = layoutRows(boxes);
      const byRow = new Map<number, typeof boxes>();
      boxes.forEach((box, i) => byRow.set(rows[i], [...(byRow.get(rows[i]) ?? []), box]));
      for (const row of byRow.values()) {
        for (let i = 1; i < row.length; i += 1) {
          expect(row[i].left).to.be.at.least(row[i - 1].left + row[i - 1].width + LABEL_GAP);
        }
      }
    }
  });
});
