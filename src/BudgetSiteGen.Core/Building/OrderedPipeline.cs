using System.Collections.Concurrent;

namespace BudgetSiteGen.Building;

/// <summary>
/// Produces results on every core and consumes them one at a time in the items' order, while the next items
/// are being produced. At most a few results exist at once (twice the cores, plus two), so memory stays flat
/// however many items there are: item i is handed to a producer only after item i − window was consumed.
/// </summary>
public static class OrderedPipeline
{
    public static void Run<T, TResult>(IEnumerable<T> items, Func<T, TResult> produce, Action<TResult> consume)
    {
        var window = (2 * Environment.ProcessorCount) + 2;
        using var slots = new SemaphoreSlim(window);
        using var stop = new CancellationTokenSource();
        var pending = new ConcurrentDictionary<int, TaskCompletionSource<TResult>>();
        var handedOut = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var total = int.MaxValue;
        TaskCompletionSource<TResult> Result(int i) => pending.GetOrAdd(i, _ => new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously));

        // A slot is taken as each item is handed out, in order, so the item the consumer waits for always has one.
        IEnumerable<(int Index, T Item)> Gate()
        {
            var i = 0;
            foreach (var item in items)
            {
                slots.Wait(stop.Token);
                yield return (i++, item);
            }

            Volatile.Write(ref total, i);
            handedOut.SetResult();
        }

        var producers = Task.Run(() => Parallel.ForEach(
            Partitioner.Create(Gate(), EnumerablePartitionerOptions.NoBuffering),
            new ParallelOptions { CancellationToken = stop.Token },
            work =>
            {
                try
                {
                    Result(work.Index).SetResult(produce(work.Item));
                }
                catch (Exception e)
                {
                    Result(work.Index).SetException(e);
                }
            }));
        try
        {
            for (var i = 0; ; i++)
            {
                var next = Result(i).Task;
                Task.WaitAny(next, handedOut.Task, producers);
                if (!next.IsCompleted && (i >= Volatile.Read(ref total) || producers.IsFaulted))
                {
                    break;
                }

                consume(next.GetAwaiter().GetResult());
                pending.TryRemove(i, out _);
                slots.Release();
            }

            producers.GetAwaiter().GetResult();
        }
        finally
        {
            stop.Cancel();
            try
            {
                producers.Wait();
            }
            catch (AggregateException)
            {
                // Stopped after a failure that is already on its way to the caller.
            }
        }
    }
}
