package kdring.model.export;

import kdring.model.session.Channel;

/**
 * Where WinDbg reaches a channel: a TCP port on a host (WinDbg's {@code com:ipport}) and/or a named pipe.
 * Immutable.
 *
 * @param host     host or address WinDbg connects to; 127.0.0.1 when WinDbg runs beside kdring
 * @param tcpPort  the TCP port, 0 when none is served
 * @param pipeName the pipe name without {@code \\.\pipe\}, empty when none is served
 */
public record WindbgEndpoint(String host, int tcpPort, String pipeName) {

    /** Nothing given: everything comes from the session metadata. */
    public static final WindbgEndpoint UNSPECIFIED = new WindbgEndpoint("", 0, "");

    /** Fills what this endpoint leaves open from {@code channel}'s metadata. */
    public WindbgEndpoint orFrom(Channel channel) {
        String pipe = pipeName.isEmpty() && channel.getPipeName() != null ? channel.getPipeName() : pipeName;
        return new WindbgEndpoint(host.isEmpty() ? "127.0.0.1" : host, tcpPort != 0 ? tcpPort : channel.getTcpPort(),
                pipe);
    }

    /** The TCP command line, e.g. {@code windbg -k com:ipport=50001,port=127.0.0.1}, or null without a port. */
    public String tcpCommand() {
        return tcpPort == 0 ? null : "windbg -k com:ipport=" + tcpPort + ",port=" + host;
    }

    /** The pipe command line, or null without a pipe. */
    public String pipeCommand() {
        return pipeName.isEmpty() ? null : "windbg -k com:pipe,port=\\\\.\\pipe\\" + pipeName + ",resets=0,reconnect";
    }
}
