import { expect } from '@open-wc/testing';
import { labelHeightFor, labelWidthFor, placeLabel } from './labels.js';
import { LABEL_MAX_WIDTH, LABEL_MIN_WIDTH } from './metrics.js';

describe('labels', () => {
  it('labelWidthFor stays within the label bounds', () => {
    expect(labelWidthFor('2011'.length, 1)).to.equal(LABEL_MIN_WIDTH);
    expect(labelWidthFor('2 December 2015'.length, 400)).to.equal(LABEL_MAX_WIDTH);
    expect(labelWidthFor('2 December 2015'.length, 'MPs back air strikes'.length)).to.be.within(LABEL_MIN_WIDTH, LABEL_MAX_WIDTH);
  });

  it('labelHeightFor grows with wrapped dates, long titles (three lines at most) and text size', () => {
    const short = labelHeightFor(4, 5, 200);
    expect(labelHeightFor('August 2014 – December 2015'.length, 5, 100)).to.be.greaterThan(short);
    expect(labelHeightFor(4, 'A title long enough to need a second line'.length, 200)).to.be.greaterThan(short);
    // 180 px inside: 45 characters take two lines, 50 three, and no title more than three.
    expect(labelHeightFor(4, 50, 200) - labelHeightFor(4, 45, 200)).to.equal(18);
    expect(labelHeightFor(4, 500, 200)).to.equal(labelHeightFor(4, 80, 200));
    expect(labelHeightFor(4, 5, 400, 2)).to.be.closeTo(short * 2, 1);
  });

  it('placeLabel starts a label just before its marker, moves it back only as far as the far edge needs, clamps at both', () => {
    expect(placeLabel(100, 80, 1000)).to.equal(88);
    // Not flipped to end just after the marker (812): the latest start inside the plot.
    expect(placeLabel(900, 100, 1000)).to.equal(888);
    expect(placeLabel(930, 100, 1000)).to.equal(900);
    expect(placeLabel(990, 100, 1000)).to.equal(900);
    expect(placeLabel(2, 100, 1000)).to.equal(0);
    expect(placeLabel(50, 100, 60)).to.equal(0);
  });
});
