import { expect } from '@open-wc/testing';
import { backoffSeconds, refreshSeconds } from './refresh.js';

describe('refresh timing', () => {
  it('refreshSeconds: absent, empty or not a number is off; below 5 is 5; at most a day', () => {
    expect([null, undefined, '', ' ', 'soon'].map(refreshSeconds)).to.deep.equal([undefined, undefined, undefined, undefined, undefined]);
    expect(['1', '-3', '0', '5', '30.5', '100000'].map(refreshSeconds)).to.deep.equal([5, 5, 5, 5, 30.5, 86_400]);
  });

  it('backoffSeconds doubles the interval each failure, up to 10 intervals or 5 minutes', () => {
    expect([0, 1, 2, 3, 4, 5].map((failures) => backoffSeconds(10, failures))).to.deep.equal([10, 20, 40, 80, 100, 100]);
    expect([0, 1, 2, 3, 4].map((failures) => backoffSeconds(60, failures))).to.deep.equal([60, 120, 240, 300, 300]);
    // An interval longer than the cap is never shortened.
    expect([0, 1, 2].map((failures) => backoffSeconds(3600, failures))).to.deep.equal([3600, 3600, 3600]);
  });
});
