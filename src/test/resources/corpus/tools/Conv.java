import com.hankcs.hanlp.HanLP;
import java.nio.file.*;
public class Conv { public static void main(String[] a) throws Exception {
  String s = Files.readString(Path.of(a[1]));
  System.out.print(a[0].equals("t") ? HanLP.convertToTraditionalChinese(s) : HanLP.convertToSimplifiedChinese(s));
}}
