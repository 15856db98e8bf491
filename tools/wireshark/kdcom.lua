-- kdcom.lua: a Wireshark dissector for the KDCOM protocol (Windows kernel debugging over a serial line),
-- as kdring exports it to pcapng: one packet per KD packet, link type LINKTYPE_USER0 (147), the
-- direction in the packet flags (inbound = target to debugger, outbound = debugger to target).
--
--   wireshark -X lua_script:tools/wireshark/kdcom.lua session.pcapng
--   tshark    -X lua_script:tools/wireshark/kdcom.lua -r session.pcapng -V
--
-- or copy it into your personal Lua plugins folder (Help > About Wireshark > Folders).
--
-- Packet layout (little-endian):
--   0x00 4  leader      30303030 data, 69696969 control; a lone 62 is the break-in byte
--   0x04 2  type        2 manipulate, 3 debug I/O, 4 ack, 5 resend, 6 reset, 7 state change, 11 file I/O
--   0x06 2  byte count  body length (data packets)
--   0x08 4  packet id   80800000 / 80800001, optionally | 800 (sync)
--   0x0C 4  checksum    byte sum of the body
--   0x10 n  body        data packets: its first u32 is the API number or the new state
--   0x10+n 1 trailer    AA

local kdcom = Proto("kdcom", "Windows KD serial protocol (KDCOM)")

local packet_types = {
  [1] = "STATE_CHANGE32", [2] = "STATE_MANIPULATE", [3] = "DEBUG_IO", [4] = "ACKNOWLEDGE",
  [5] = "RESEND", [6] = "RESET", [7] = "STATE_CHANGE64", [8] = "POLL_BREAKIN", [9] = "TRACE_IO",
  [10] = "CONTROL_REQUEST", [11] = "FILE_IO",
}

local apis = {
  [0x3130] = "ReadVirtualMemory", [0x3131] = "WriteVirtualMemory", [0x3132] = "GetContext",
  [0x3133] = "SetContext", [0x3134] = "WriteBreakPoint", [0x3135] = "RestoreBreakPoint",
  [0x3136] = "Continue", [0x3137] = "ReadControlSpace", [0x3138] = "WriteControlSpace",
  [0x3139] = "ReadIoSpace", [0x313A] = "WriteIoSpace", [0x313B] = "Reboot", [0x313C] = "Continue2",
  [0x313D] = "ReadPhysicalMemory", [0x313E] = "WritePhysicalMemory", [0x3146] = "GetVersion",
  [0x3147] = "WriteBreakPointEx", [0x3148] = "RestoreBreakPointEx", [0x3149] = "CauseBugCheck",
  [0x3150] = "SwitchProcessor", [0x3151] = "PageIn", [0x3152] = "ReadMachineSpecificRegister",
  [0x3153] = "WriteMachineSpecificRegister", [0x3156] = "SearchMemory", [0x3157] = "GetBusData",
  [0x3158] = "SetBusData", [0x3159] = "CheckLowMemory", [0x315A] = "ClearAllInternalBreakpoints",
  [0x315B] = "FillMemory", [0x315C] = "QueryMemory", [0x315D] = "SwitchPartition",
  [0x315E] = "GetContextEx", [0x315F] = "SetContextEx", [0x3160] = "WriteCustomBreakpoint",
  [0x3161] = "GetFirmwareInfo",
  [0x3030] = "Exception", [0x3031] = "LoadSymbols", [0x3032] = "CommandString",
  [0x3230] = "PrintString", [0x3231] = "GetString",
  [0x3430] = "CreateFile", [0x3431] = "ReadFile", [0x3432] = "WriteFile", [0x3433] = "CloseFile",
}

local f = kdcom.fields
f.leader   = ProtoField.uint32("kdcom.leader", "Leader", base.HEX)
f.type     = ProtoField.uint16("kdcom.type", "Packet type", base.DEC, packet_types)
f.count    = ProtoField.uint16("kdcom.byte_count", "Byte count", base.DEC)
f.id       = ProtoField.uint32("kdcom.id", "Packet id", base.HEX)
f.checksum = ProtoField.uint32("kdcom.checksum", "Checksum", base.HEX)
f.body     = ProtoField.bytes("kdcom.body", "Body")
f.api      = ProtoField.uint32("kdcom.api", "API / state", base.HEX, apis)
f.status   = ProtoField.uint32("kdcom.status", "Return status", base.HEX)
f.text     = ProtoField.string("kdcom.text", "Text")
f.trailer  = ProtoField.uint8("kdcom.trailer", "Trailer", base.HEX)
f.breakin  = ProtoField.uint8("kdcom.breakin", "Break-in", base.HEX)

local e_checksum = ProtoExpert.new("kdcom.bad_checksum", "Body checksum does not match",
  expert.group.CHECKSUM, expert.severity.ERROR)
kdcom.experts = { e_checksum }

function kdcom.dissector(tvb, pinfo, tree)
  local length = tvb:len()
  if length == 0 then return 0 end
  pinfo.cols.protocol = "KDCOM"
  local subtree = tree:add(kdcom, tvb(), "KDCOM")
  if length == 1 and tvb(0, 1):uint() == 0x62 then
    subtree:add(f.breakin, tvb(0, 1))
    pinfo.cols.info = "Break-in request"
    return 1
  end
  if length < 16 then
    pinfo.cols.info = "Short KDCOM fragment"
    return length
  end
  subtree:add_le(f.leader, tvb(0, 4))
  subtree:add_le(f.type, tvb(4, 2))
  subtree:add_le(f.count, tvb(6, 2))
  subtree:add_le(f.id, tvb(8, 4))
  local checksum_item = subtree:add_le(f.checksum, tvb(12, 4))
  local ptype = tvb(4, 2):le_uint()
  local count = tvb(6, 2):le_uint()
  local id = tvb(8, 4):le_uint()
  local info = (packet_types[ptype] or ("type " .. ptype)) .. string.format(" id=0x%08X", id)
  if tvb(0, 4):le_uint() == 0x30303030 and count > 0 and length >= 16 + count then
    local body = tvb(16, count)
    subtree:add(f.body, body)
    local sum = 0
    for i = 0, count - 1 do sum = sum + body(i, 1):uint() end
    if (sum % 4294967296) ~= tvb(12, 4):le_uint() then checksum_item:add_proto_expert_info(e_checksum) end
    if count >= 4 then
      local api = body(0, 4):le_uint()
      subtree:add_le(f.api, body(0, 4))
      info = info .. " " .. (apis[api] or string.format("0x%04X", api))
      if ptype == 2 and count >= 12 then
        subtree:add_le(f.status, body(8, 4))
      end
      if ptype == 3 and count > 16 then
        local text = body(16, count - 16):string()
        subtree:add(f.text, body(16, count - 16), text)
        info = info .. ": " .. text:gsub("[\r\n]+", " ")
      end
      if ptype == 7 and api == 0x3031 and count > 0xF0 then
        local path = body(0xF0, count - 0xF0):stringz()
        subtree:add(f.text, body(0xF0, count - 0xF0), path)
        info = info .. " " .. path
      end
    end
    if length >= 17 + count then subtree:add(f.trailer, tvb(16 + count, 1)) end
  end
  pinfo.cols.info = info
  return length
end

local encaps = rawget(_G, "wtap_encaps") or wtap
DissectorTable.get("wtap_encap"):add(encaps.USER0, kdcom)
