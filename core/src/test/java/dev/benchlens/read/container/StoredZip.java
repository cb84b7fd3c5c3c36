package dev.benchlens.read.container;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Writes a zip whose entries are stored (not compressed) with their sizes in data descriptors after the data, as
 * streaming zip writers do; java.util.zip cannot write this layout, so the bytes are laid out by hand.
 */
final class StoredZip {

    private static final int DATA_DESCRIPTOR_FLAG = 0x0008;

    private StoredZip() {}

    /** {@code namesAndContents} alternates entry names and contents. */
    static byte[] withDataDescriptors(String... namesAndContents) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        ByteArrayOutputStream directory = new ByteArrayOutputStream();
        int entries = namesAndContents.length / 2;
        for (int i = 0; i < entries; i++) {
            byte[] name = namesAndContents[2 * i].getBytes(StandardCharsets.UTF_8);
            byte[] data = namesAndContents[2 * i + 1].getBytes(StandardCharsets.UTF_8);
            CRC32 crc = new CRC32();
            crc.update(data);
            int offset = file.size();
            // local header with zero CRC and sizes: they follow the data
            write(
                    file,
                    le(30).putInt(0x04034b50)
                            .putShort((short) 20)
                            .putShort((short) DATA_DESCRIPTOR_FLAG)
                            .putShort((short) 0)
                            .putInt(0)
                            .putInt(0)
                            .putInt(0)
                            .putInt(0)
                            .putShort((short) name.length)
                            .putShort((short) 0));
            file.writeBytes(name);
            file.writeBytes(data);
            write(
                    file,
                    le(16).putInt(0x08074b50)
                            .putInt((int) crc.getValue())
                            .putInt(data.length)
                            .putInt(data.length));
            write(
                    directory,
                    le(46).putInt(0x02014b50)
                            .putShort((short) 20)
                            .putShort((short) 20)
                            .putShort((short) DATA_DESCRIPTOR_FLAG)
                            .putShort((short) 0)
                            .putInt(0)
                            .putInt((int) crc.getValue())
                            .putInt(data.length)
                            .putInt(data.length)
                            .putShort((short) name.length)
                            .putShort((short) 0)
                            .putShort((short) 0)
                            .putShort((short) 0)
                            .putShort((short) 0)
                            .putInt(0)
                            .putInt(offset));
            directory.writeBytes(name);
        }
        int directoryOffset = file.size();
        file.writeBytes(directory.toByteArray());
        write(
                file,
                le(22).putInt(0x06054b50)
                        .putShort((short) 0)
                        .putShort((short) 0)
                        .putShort((short) entries)
                        .putShort((short) entries)
                        .putInt(directory.size())
                        .putInt(directoryOffset)
                        .putShort((short) 0));
        return file.toByteArray();
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static void write(ByteArrayOutputStream out, ByteBuffer buffer) {
        out.write(buffer.array(), buffer.arrayOffset(), buffer.capacity());
    }
}
