// Two stages on two threads: a producer thread makes batches, the calling
// thread consumes them in the order made, with at most `depth` batches
// waiting in between. Used by imports: one core checks and seals entries
// while the other stores the previous ones.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>

namespace comptoir {

// Hands one batch to the consumer; false when the consumer has stopped
// (the producer should return).
template <typename Batch>
using BatchSink = std::function<bool(Batch&&)>;

// Runs produce(sink) on a new thread and consume(batch) here for each
// batch, in order. If the producer throws, every batch it handed over is
// still consumed, then its exception is rethrown here: as if both stages
// ran in one loop (a failure in consuming an earlier batch comes first).
// If the consumer throws, the producer is stopped (its sink returns false)
// and the consumer's exception is rethrown.
template <typename Batch>
void run_two_stage_pipeline(const std::function<void(const BatchSink<Batch>&)>& produce,
                            const std::function<void(Batch&)>& consume, std::size_t depth) {
  std::mutex mutex;
  std::condition_variable changed;
  std::deque<Batch> waiting;
  bool produced_all = false;
  bool stopped = false;
  std::exception_ptr producer_failure;

  const BatchSink<Batch> sink = [&](Batch&& batch) {
    std::unique_lock lock(mutex);
    changed.wait(lock, [&] { return stopped || waiting.size() < depth; });
    if (stopped) return false;
    waiting.push_back(std::move(batch));
    changed.notify_all();
    return true;
  };
  std::thread producer([&] {
    try {
      produce(sink);
    } catch (...) {
      producer_failure = std::current_exception();
    }
    const std::lock_guard lock(mutex);
    produced_all = true;
    changed.notify_all();
  });

  try {
    for (;;) {
      Batch batch;
      {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return produced_all || !waiting.empty(); });
        if (waiting.empty()) break;
        batch = std::move(waiting.front());
        waiting.pop_front();
        changed.notify_all();
      }
      consume(batch);
    }
  } catch (...) {
    {
      const std::lock_guard lock(mutex);
      stopped = true;
      changed.notify_all();
    }
    producer.join();
    throw;
  }
  producer.join();
  if (producer_failure) std::rethrow_exception(producer_failure);
}

}  // namespace comptoir
