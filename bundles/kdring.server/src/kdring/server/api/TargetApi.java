package kdring.server.api;

import java.util.List;

import kdring.server.api.ServiceBackend.ActionFailedException;
import kdring.server.api.ServiceBackend.BadRequestException;
import kdring.server.api.ServiceBackend.NotAvailableException;

/**
 * The debugging front end's operations on one channel's target, as the {@code /api/channels/{id}/target/...}
 * routes serve them: the stop, registers, memory, expressions and symbols, disassembly, breakpoints, stepping
 * and the {@code kd>} console. Every operation needs the target stopped by kdring's debugger (a break-in);
 * on a running target it fails with an {@link ActionFailedException} that says so (409).
 * <p>
 * Thread-safe; every method waits for the channel's debugger thread with a deadline and returns immutable
 * values. {@link BadRequestException} (400) names the bad field; {@link NotAvailableException} (501) says
 * what this service lacks; {@link ActionFailedException} (409) is the target's refusal or its state.
 */
public interface TargetApi {

    /** The most bytes one {@link #read} returns (sent as hex: twice as many characters). */
    int MAX_READ = 64 * 1024;
    /** The most bytes one {@link #write} takes (the request body carries them as hex). */
    int MAX_WRITE = 16 * 1024;
    /** The most instructions one {@link #disassemble} decodes. */
    int MAX_INSTRUCTIONS = 256;
    /** The longest expression or console line taken. */
    int MAX_LINE = 1000;

    ApiModel.TargetStop stop() throws ActionFailedException;

    /** Processor {@code processor}'s registers. */
    ApiModel.Registers registers(int processor) throws ActionFailedException, BadRequestException;

    /** Writes register {@code name} of {@code processor}; @return the registers as they now are. */
    ApiModel.Registers setRegister(int processor, String name, long value)
            throws ActionFailedException, BadRequestException;

    /** Up to {@code length} bytes at {@code address}; an unreadable tail is reported, not an error. */
    ApiModel.MemoryBlock read(long address, int length, boolean physical) throws ActionFailedException;

    /** Writes {@code bytes} at virtual {@code address}. */
    ApiModel.MemoryWritten write(long address, byte[] bytes) throws ActionFailedException;

    ApiModel.Evaluation evaluate(String expression) throws ActionFailedException, BadRequestException;

    ApiModel.Symbol describe(long address) throws ActionFailedException;

    List<ApiModel.Instruction> disassemble(long address, int count) throws ActionFailedException, NotAvailableException;

    List<ApiModel.Breakpoint> breakpoints() throws ActionFailedException;

    /** Sets a breakpoint at the address {@code expression} names (one already there is returned). */
    ApiModel.Breakpoint setBreakpoint(String expression) throws ActionFailedException, BadRequestException;

    /** Clears breakpoint {@code id}; a number no breakpoint has is a bad request. */
    void clearBreakpoint(int id) throws ActionFailedException, BadRequestException;

    /** One instruction ({@code t}), or over a call ({@code p}) when {@code over}; @return the new stop. */
    ApiModel.TargetStop step(boolean over) throws ActionFailedException, BadRequestException;

    /** Runs until the address {@code expression} names (or another stop); @return that stop. */
    ApiModel.TargetStop runTo(String expression) throws ActionFailedException, BadRequestException;

    /** Executes one {@code kd>} command line; a line that is not a command is a bad request. */
    ApiModel.ConsoleOutput console(String line) throws ActionFailedException, BadRequestException;
}
