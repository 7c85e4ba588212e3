// See funding_session.hpp.
#include "funding_session.hpp"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <exception>

#include "core/error.hpp"
#include "display.hpp"
#include "forecast/scenario_edits.hpp"
#include "forecast/scenario_toml.hpp"

namespace comptoir::gui {

namespace {

// What a worker hands back: the figures or why there are none.
struct Outcome {
  std::shared_ptr<const FundingFigures> figures;
  std::string error;
};

}  // namespace

FundingSession::FundingSession(FundingInputs inputs, const Labels& labels, QObject* parent)
    : QObject(parent), inputs_(std::move(inputs)), labels_(labels) {
  debounce_.setSingleShot(true);
  debounce_.setInterval(debounce_ms);
  connect(&debounce_, &QTimer::timeout, this, &FundingSession::start);
}

FundingSession::~FundingSession() {
  // Workers hold copies of their inputs; their watchers (children) are
  // deleted with this object, so no result arrives afterwards.
  for (auto* watcher : findChildren<QFutureWatcher<Outcome>*>()) watcher->waitForFinished();
}

Rational FundingSession::driver_value(const std::string& key) const {
  const auto value = forecast::scenario_value(inputs_.scenario, key);
  if (!value) throw Error(ErrorKind::NotFound, "no driver '" + key + "' in " + inputs_.file);
  return *value;
}

void FundingSession::set_driver(const std::string& key, const Rational& value) {
  forecast::set_scenario_value(inputs_.scenario, key, value);
  changed();
}

void FundingSession::set_distribution(const std::string& key, forecast::DistributionKind kind,
                                      const std::array<Rational, 3>& parameters) {
  const auto index = inputs_.scenario.find_driver(key);
  if (!index) throw Error(ErrorKind::NotFound, "no driver '" + key + "' in " + inputs_.file);
  forecast::set_distribution(inputs_.scenario, *index, kind, parameters);
  changed();
}

void FundingSession::set_events(std::vector<forecast::FundingEvent> events) {
  forecast::set_events(inputs_.scenario, std::move(events));
  changed();
}

void FundingSession::set_scenario(forecast::FundingScenario scenario) {
  inputs_.scenario = std::move(scenario);
  changed();
}

void FundingSession::changed() {
  ++requested_;
  debounce_.start();  // restarted by each edit: one recomputation after the last
}

void FundingSession::save(const std::string& path) {
  forecast::save_funding_scenario(inputs_.scenario, path, inputs_.base.get());
  inputs_.file = path;
}

std::set<std::string> FundingSession::variant_drivers() const {
  if (!inputs_.base) return {};
  return forecast::variant_driver_keys(inputs_.scenario, *inputs_.base);
}

void FundingSession::recompute() {
  ++requested_;
  debounce_.stop();
  start();
}

void FundingSession::start() {
  const std::uint64_t generation = requested_;
  auto* watcher = new QFutureWatcher<Outcome>(this);
  ++running_;
  connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, generation] {
    --running_;
    const Outcome outcome = watcher->result();
    watcher->deleteLater();
    if (generation != requested_) return;  // stale: a newer edit is pending or running
    if (!outcome.error.empty()) {
      emit failed(to_qstring(outcome.error));
      return;
    }
    figures_ = outcome.figures;
    shown_ = generation;
    emit computed();
  });
  // The worker gets copies: it shares nothing mutable with the window.
  watcher->setFuture(QtConcurrent::run([inputs = inputs_, labels = labels_]() -> Outcome {
    try {
      return {std::make_shared<const FundingFigures>(Document::compute_funding(inputs, labels)), {}};
    } catch (const std::exception& e) {
      return {nullptr, e.what()};
    }
  }));
}

}  // namespace comptoir::gui
