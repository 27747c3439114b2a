// The dashboard's figures as charts: each an inline SVG with a text
// alternative and a table of the same numbers (render/charts.h).
//
// Thread safety: pure functions.
#pragma once

#include <string>

#include "service/figures_service.h"

namespace rapport::http::desk_charts {

// The HTML of every chart on the dashboard, in order.
std::string DashboardCharts(const service::Figures& figures);

}  // namespace rapport::http::desk_charts
