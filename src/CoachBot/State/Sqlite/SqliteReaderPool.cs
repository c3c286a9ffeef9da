using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace CoachBot.State.Sqlite;

/// <summary>
/// A few reader connections beside the writer (WAL lets them read while it writes), each keeping its prepared
/// statements. A read waits for a free connection; a connection that failed is dropped and opened again on next use.
/// </summary>
internal sealed class SqliteReaderPool : IDisposable
{
    private readonly Channel<SqliteCommandCache?> _idle;
    private readonly SqliteConnections _connections;

    public SqliteReaderPool(SqliteConnections connections, int size)
    {
        _connections = connections;
        _idle = Channel.CreateBounded<SqliteCommandCache?>(size);

        // Empty slots: a connection is opened when a read first needs it.
        for (var i = 0; i < size; i++)
        {
            _idle.Writer.TryWrite(null);
        }
    }

    public async Task<T> ReadAsync<T>(Func<SqliteCommandCache, T> read, CancellationToken cancellationToken)
    {
        var reader = await _idle.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _connections.EnsureFileExists();
            reader ??= new SqliteCommandCache(_connections.OpenReader());
            return read(reader);
        }
        catch (Exception ex)
        {
            reader?.Dispose();
            reader = null;
            if (ex is SqliteException sqlite)
            {
                throw new StateStoreUnavailableException($"SQLite error {sqlite.SqliteErrorCode}.", sqlite);
            }

            throw;
        }
        finally
        {
            if (!_idle.Writer.TryWrite(reader))
            {
                // The pool was disposed while this read ran.
                reader?.Dispose();
            }
        }
    }

    public void Dispose()
    {
        _idle.Writer.TryComplete();
        while (_idle.Reader.TryRead(out var reader))
        {
            reader?.Dispose();
        }
    }
}
