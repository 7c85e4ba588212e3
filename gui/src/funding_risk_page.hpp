// The Funding mix tab's second page (Charges et risques) for one scope:
// the expenses by category per year (stacked bars), the own-resources and
// the largest funder's shares of the resources (lines, %), the Monte
// Carlo's probability of a deficit and of month-end cash below the
// scenario's threshold per projected year (bars, %), and the tornado of
// the uncertain drivers (the change of the combined year-end cash of the
// last year with each driver at its low and its high value). Tooltips give
// the exact figures. Draws what the Document computed.
#pragma once

#include <QChartView>
#include <QList>
#include <QString>
#include <QWidget>
#include <optional>

#include "labels/labels.hpp"
#include "reports/funding_risk.hpp"

namespace comptoir::gui {

class FundingRiskPage final : public QWidget {
  Q_OBJECT

 public:
  FundingRiskPage(const Labels& labels, QWidget* parent = nullptr);

  // Draws `data` and `tornado` (null: none), replacing what was drawn.
  void show_figures(const FundingRiskData& data, const TornadoData* tornado);
  // Draws `tornado` (null: none yet) instead of the one drawn.
  void show_tornado(const TornadoData* tornado);

  [[nodiscard]] QList<QChartView*> chart_views() const { return {expenses_, shares_, risk_, tornado_}; }
  [[nodiscard]] const FundingRiskData& data() const { return data_; }
  [[nodiscard]] const std::optional<TornadoData>& tornado() const { return tornado_data_; }
  [[nodiscard]] QChart* expenses_chart() const { return expenses_->chart(); }
  [[nodiscard]] QChart* shares_chart() const { return shares_->chart(); }
  [[nodiscard]] QChart* risk_chart() const { return risk_->chart(); }
  [[nodiscard]] QChart* tornado_chart() const { return tornado_->chart(); }
  // Tooltips: an expense in a year; the shares of a year; the risks of a
  // projected year; a driver's bar.
  [[nodiscard]] QString expense_tooltip(int category, int year) const;
  [[nodiscard]] QString share_tooltip(int year) const;
  [[nodiscard]] QString risk_tooltip(int year) const;
  [[nodiscard]] QString tornado_tooltip(int bar) const;

 private:
  void draw_expenses();
  void draw_shares();
  void draw_risk();
  void draw_tornado();

  Labels labels_;
  FundingRiskData data_;
  std::optional<TornadoData> tornado_data_;
  QChartView* expenses_;
  QChartView* shares_;
  QChartView* risk_;
  QChartView* tornado_;
};

}  // namespace comptoir::gui
