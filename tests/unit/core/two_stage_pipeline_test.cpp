// The two-stage pipeline: batches arrive in order, and a failure on either
// side stops both and reaches the caller.
#include "core/two_stage_pipeline.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <thread>
#include <vector>

namespace comptoir {
namespace {

using Batch = std::vector<int>;

// Makes `count` batches of three numbers each: 0 1 2, 3 4 5, ...
std::function<void(const BatchSink<Batch>&)> numbers(int count, std::atomic<int>* made = nullptr) {
  return [count, made](const BatchSink<Batch>& sink) {
    for (int b = 0; b < count; ++b) {
      if (made != nullptr) ++*made;
      if (!sink(Batch{3 * b, 3 * b + 1, 3 * b + 2})) return;
    }
  };
}

TEST(TwoStagePipeline, ConsumesEveryBatchInOrderOnTheCallingThread) {
  for (std::size_t depth : {1U, 2U, 8U}) {
    std::vector<int> seen;
    const auto caller = std::this_thread::get_id();
    bool same_thread = true;
    run_two_stage_pipeline<Batch>(
        numbers(500),
        [&](Batch& batch) {
          same_thread = same_thread && std::this_thread::get_id() == caller;
          seen.insert(seen.end(), batch.begin(), batch.end());
        },
        depth);
    ASSERT_EQ(seen.size(), 1500U) << "depth " << depth;
    for (int i = 0; i < 1500; ++i) ASSERT_EQ(seen[static_cast<std::size_t>(i)], i) << "depth " << depth;
    EXPECT_TRUE(same_thread);
  }
}

TEST(TwoStagePipeline, AProducerFailureReachesTheCallerAfterEveryBatchBeforeIt) {
  std::vector<int> seen;
  const auto produce = [](const BatchSink<Batch>& sink) {
    sink(Batch{1});
    sink(Batch{2});
    throw std::runtime_error("entry 3 is unbalanced");
  };
  try {
    run_two_stage_pipeline<Batch>(
        produce, [&](Batch& batch) { seen.push_back(batch.front()); }, 4);
    FAIL() << "the producer's failure was lost";
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "entry 3 is unbalanced");
  }
  EXPECT_EQ(seen, (std::vector<int>{1, 2}));
}

TEST(TwoStagePipeline, AConsumerFailureStopsTheProducerAndReachesTheCaller) {
  std::atomic<int> made{0};
  int consumed = 0;
  try {
    run_two_stage_pipeline<Batch>(
        numbers(100000, &made),
        [&](Batch&) {
          if (++consumed == 3) throw std::runtime_error("disk full");
        },
        2);
    FAIL() << "the consumer's failure was lost";
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "disk full");
  }
  EXPECT_EQ(consumed, 3);
  // Stopped early: at most the consumed batches, the ones waiting and the
  // one being handed over.
  EXPECT_LE(made.load(), 3 + 2 + 2);
}

TEST(TwoStagePipeline, AConsumerFailureOnAnEarlierBatchWinsOverALaterProducerFailure) {
  const auto produce = [](const BatchSink<Batch>& sink) {
    sink(Batch{1});
    throw std::runtime_error("line 9: bad amount");
  };
  try {
    run_two_stage_pipeline<Batch>(
        produce, [](Batch&) { throw std::runtime_error("line 2: bad date"); }, 4);
    FAIL() << "no failure";
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "line 2: bad date");
  }
}

TEST(TwoStagePipeline, NothingToProduceConsumesNothing) {
  int consumed = 0;
  run_two_stage_pipeline<Batch>([](const BatchSink<Batch>&) {}, [&](Batch&) { ++consumed; }, 2);
  EXPECT_EQ(consumed, 0);
}

}  // namespace
}  // namespace comptoir
