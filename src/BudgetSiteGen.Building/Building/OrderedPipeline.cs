using System.Collections.Concurrent;

namespace BudgetSiteGen.Building;

/// <summary>
/// Produces results on one thread per core and consumes them one at a time, in the items' order, on the
/// calling thread while the next items are being produced. At most a few results exist at once (twice the
/// cores, plus two), so memory stays flat however many items there are. The producers are threads of their
/// own, not thread-pool work, because they block waiting for room and would starve the pool.
/// </summary>
public static class OrderedPipeline
{
    public static void Run<T, TResult>(IEnumerable<T> items, Func<T, TResult> produce, Action<TResult> consume)
    {
        var workers = Environment.ProcessorCount;
        using var slots = new SemaphoreSlim((2 * workers) + 2);
        using var stop = new CancellationTokenSource();
        using var source = items.GetEnumerator();
        var gate = new Lock();
        var pending = new ConcurrentDictionary<int, TaskCompletionSource<TResult>>();
        var handedOut = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var next = 0;
        var total = int.MaxValue;
        TaskCompletionSource<TResult> Result(int i) => pending.GetOrAdd(i, _ => new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously));

        // Takes the next item in order, or null at the end; a slot is taken first so the item the consumer
        // waits for always has one.
        (int Index, T Item)? Take()
        {
            slots.Wait(stop.Token);
            lock (gate)
            {
                if (Volatile.Read(ref total) != int.MaxValue)
                {
                    return null;
                }

                try
                {
                    if (source.MoveNext())
                    {
                        return (next++, source.Current);
                    }
                }
                catch (Exception e)
                {
                    Result(next++).SetException(e);
                }

                Volatile.Write(ref total, next);
                handedOut.TrySetResult();
                return null;
            }
        }

        void Work()
        {
            try
            {
                while (Take() is { } work)
                {
                    try
                    {
                        Result(work.Index).SetResult(produce(work.Item));
                    }
                    catch (Exception e)
                    {
                        Result(work.Index).SetException(e);
                    }
                }
            }
            catch (OperationCanceledException)
            {
                // The consumer stopped; nothing more is wanted.
            }
        }

        var threads = Enumerable.Range(0, workers).Select(_ => new Thread(Work) { IsBackground = true }).ToList();
        threads.ForEach(t => t.Start());
        try
        {
            for (var i = 0; ; i++)
            {
                var result = Result(i).Task;
                Task.WaitAny(result, handedOut.Task);
                if (!result.IsCompleted && i >= Volatile.Read(ref total))
                {
                    break;
                }

                consume(result.GetAwaiter().GetResult());
                pending.TryRemove(i, out _);
                slots.Release();
            }
        }
        finally
        {
            stop.Cancel();
            threads.ForEach(t => t.Join());
        }
    }
}
