// P5, P50 and P95 of a share (0..1) over Monte Carlo paths; display only.
#pragma once

namespace comptoir::forecast {

struct ShareBand {
  double p5 = 0;
  double p50 = 0;
  double p95 = 0;
};

}  // namespace comptoir::forecast
